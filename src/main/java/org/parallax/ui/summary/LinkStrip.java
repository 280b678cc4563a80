package org.parallax.ui.summary;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.parallax.summary.LinkMark;

/**
 * A strip along an essay's length with a tick where each confirmed link falls, in its relation's
 * colour, and above it the relation's letter (A, C, R, P) where there is room, so that colour is
 * never the only sign: where the two essays meet, and where one goes on alone.
 */
final class LinkStrip extends Pane {
  static final double HEIGHT = 40;
  private static final double TICK = 3;
  private static final double LETTER_ROW = 14;

  /** The least room between two letters, so that they never touch. */
  private static final double LETTER_GAP = 12;

  private List<LinkMark> marks = List.of();
  private Function<LinkMark, Color> colour = m -> Color.GRAY;
  private Function<LinkMark, String> letter = m -> "";

  LinkStrip() {
    getStyleClass().add("link-strip");
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    setMaxHeight(HEIGHT);
    widthProperty().addListener((o, old, now) -> draw());
  }

  /**
   * Shows {@code newMarks}, each tick in {@code tickColour} (the look's colour for its relation)
   * under {@code tickLetter}.
   */
  void show(
      List<LinkMark> newMarks,
      Function<LinkMark, Color> tickColour,
      Function<LinkMark, String> tickLetter) {
    marks = newMarks.stream().sorted(Comparator.comparingDouble(LinkMark::position)).toList();
    colour = tickColour;
    letter = tickLetter;
    draw();
  }

  /** How many ticks the strip shows. */
  int ticks() {
    return (int) getChildren().stream().filter(n -> n.getStyleClass().contains("tick")).count();
  }

  /** The letters the strip shows, from the start of the essay. */
  List<String> letters() {
    return getChildren().stream()
        .filter(n -> n.getStyleClass().contains("tick-letter"))
        .map(n -> ((Text) n).getText())
        .toList();
  }

  private void draw() {
    getChildren().clear();
    double middle = LETTER_ROW + (HEIGHT - LETTER_ROW) / 2;
    Rectangle track = new Rectangle(0, middle - 1, Math.max(0, getWidth()), 2);
    track.getStyleClass().add("track");
    getChildren().add(track);
    double usable = Math.max(0, getWidth() - TICK);
    double lastLetter = Double.NEGATIVE_INFINITY;
    for (LinkMark mark : marks) {
      double x = mark.position() * usable;
      Rectangle tick = new Rectangle(x, LETTER_ROW + 2, TICK, HEIGHT - LETTER_ROW - 4);
      tick.setFill(colour.apply(mark));
      tick.getStyleClass().add("tick");
      Tooltip.install(tick, new Tooltip(mark.linkId()));
      getChildren().add(tick);
      String words = letter.apply(mark);
      if (!words.isEmpty() && x - lastLetter >= LETTER_GAP) {
        Text text = new Text(x, 0, words);
        text.setTextOrigin(VPos.TOP);
        text.getStyleClass().add("tick-letter");
        getChildren().add(text);
        lastLetter = x;
      }
    }
  }
}
