package org.parallax.ui.summary;

import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.parallax.summary.LinkMark;
import org.parallax.ui.support.Colours;

/**
 * A strip along an essay's length with a tick where each confirmed link falls, in its relation's
 * colour: where the two essays meet, and where one goes on alone.
 */
final class LinkStrip extends Pane {
  static final double HEIGHT = 28;
  private static final double TICK = 3;
  private List<LinkMark> marks = List.of();

  LinkStrip() {
    getStyleClass().add("link-strip");
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    setMaxHeight(HEIGHT);
    widthProperty().addListener((o, old, now) -> draw());
  }

  void show(List<LinkMark> newMarks) {
    marks = List.copyOf(newMarks);
    draw();
  }

  /** How many ticks the strip shows. */
  int ticks() {
    return (int) getChildren().stream().filter(n -> n.getStyleClass().contains("tick")).count();
  }

  private void draw() {
    getChildren().clear();
    Rectangle track = new Rectangle(0, HEIGHT / 2 - 1, Math.max(0, getWidth()), 2);
    track.getStyleClass().add("track");
    getChildren().add(track);
    double usable = Math.max(0, getWidth() - TICK);
    for (LinkMark mark : marks) {
      Rectangle tick = new Rectangle(mark.position() * usable, 2, TICK, HEIGHT - 4);
      tick.setFill(Colours.parse(mark.colour(), Color.GRAY));
      tick.getStyleClass().add("tick");
      Tooltip.install(tick, new Tooltip(mark.linkId()));
      getChildren().add(tick);
    }
  }
}
