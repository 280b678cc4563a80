package org.parallax.ui.present;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.present.BlindspotSlide;
import org.parallax.present.Deck;
import org.parallax.present.InContext;
import org.parallax.present.LinkSlide;
import org.parallax.present.Slide;
import org.parallax.present.SummarySlide;
import org.parallax.present.Tally;
import org.parallax.present.TermPairSlide;
import org.parallax.present.Walk;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;
import org.parallax.ui.support.Colours;

/**
 * The nodes of one slide, made afresh for each slide shown; sizes are in em of the slide's type.
 */
final class SlideViews {
  private final Walk walk;
  private final Deck deck;
  private final double fontPx;
  private final Theme.Look look;

  private SlideViews(Walk walk, double fontPx, Theme.Look look) {
    this.walk = walk;
    this.deck = walk.deck();
    this.fontPx = fontPx;
    this.look = look;
  }

  /**
   * The slide {@code walk} stands on, its relation shown only once revealed, its relation chips in
   * the colours of {@code look}.
   */
  static Parent of(Walk walk, double fontPx, Theme.Look look) {
    SlideViews views = new SlideViews(walk, fontPx, look);
    Slide slide = walk.slide();
    VBox box;
    if (slide instanceof LinkSlide link) {
      box = views.link(link);
    } else if (slide instanceof TermPairSlide pair) {
      box = views.termPair(pair);
    } else if (slide instanceof BlindspotSlide only) {
      box = views.blindspot(only);
    } else {
      box = views.summary((SummarySlide) slide);
    }
    if (walk.revealed() && !slide.prompts().isEmpty()) {
      box.getChildren().add(prompts(slide.prompts()));
    }
    box.getStyleClass().add("present-slide");
    return box;
  }

  private VBox link(LinkSlide slide) {
    List<LinkSlide> links =
        deck.slides().stream()
            .filter(LinkSlide.class::isInstance)
            .map(LinkSlide.class::cast)
            .toList();
    Label heading =
        text(
            Messages.get("present.link", links.indexOf(slide) + 1, links.size()),
            "present-heading");
    GridPane claims = twoColumns();
    claims.setId("present-claims");
    for (Side side : Side.values()) {
      int column = side.ordinal();
      InContext in = slide.side(side);
      claims.add(text(deck.label(side), "present-perspective"), column, 0);
      claims.add(text(in.before(), "present-context"), column, 1);
      Label claim = text(in.text(), "present-claim");
      claim.setId(side == Side.A ? "present-claim-left" : "present-claim-right");
      // The context after follows its own claim, not the longer claim beside it.
      VBox claimAndAfter = new VBox(claim, text(in.after(), "present-context"));
      claimAndAfter.getStyleClass().add("present-claim-and-after");
      claims.add(claimAndAfter, column, 2);
    }
    VBox box = new VBox(heading, claims, new Separator(), reveal(slide));
    box.setId("present-link-slide");
    return box;
  }

  private Node reveal(LinkSlide slide) {
    if (!walk.revealed()) {
      Label hint = text(Messages.get("present.hidden"), "present-hidden");
      hint.setId("present-hidden");
      return hint;
    }
    Label badge =
        slide
            .relation()
            .map(kind -> RelationBadge.of(kind.id(), kind.label(), kind.colour(), fontPx, look))
            .orElseGet(() -> RelationBadge.of("", "", "", fontPx, look));
    VBox shown = new VBox(badge);
    shown.setId("present-revealed");
    shown.getStyleClass().add("present-revealed");
    if (!slide.note().isEmpty()) {
      Label note = text(Messages.get("present.note", slide.note()), "present-note");
      note.setId("present-note");
      shown.getChildren().add(note);
    }
    return shown;
  }

  private VBox termPair(TermPairSlide slide) {
    Label heading = text(Messages.get("present.termsHeading"), "present-heading");
    Label sentence =
        text(
            Messages.get(
                "present.termPair",
                deck.label(Side.A),
                slide.left(),
                deck.label(Side.B),
                slide.right()),
            "present-title");
    GridPane terms = twoColumns();
    for (Side side : Side.values()) {
      int column = side.ordinal();
      terms.add(text(deck.label(side), "present-perspective"), column, 0);
      terms.add(text(slide.term(side), "present-term"), column, 1);
      terms.add(
          text(Messages.get("present.times", slide.count(side)), "present-context"), column, 2);
      TagKind frame = slide.frame(side);
      terms.add(swatched(Messages.get("present.frame", frame.label()), frame.colour()), column, 3);
    }
    VBox box = new VBox(heading, sentence, terms);
    box.setId("present-term-slide");
    return box;
  }

  private VBox blindspot(BlindspotSlide slide) {
    String title = Messages.get("present.onlyIn", deck.label(slide.side()));
    if (slide.parts() > 1) {
      title += " \u00b7 " + Messages.get("present.part", slide.part(), slide.parts());
    }
    Label heading = text(title, "present-title");
    Label detail =
        text(
            Messages.get("present.onlyInDetail", slide.total(), deck.label(slide.side().other())),
            "present-context");
    VBox claims = new VBox();
    claims.getStyleClass().add("present-list");
    for (String claim : slide.claims()) {
      claims.getChildren().add(text("\u2022 " + claim, "present-list-item"));
    }
    VBox box = new VBox(heading, detail, claims);
    box.setId("present-blindspot-slide");
    return box;
  }

  private VBox summary(SummarySlide slide) {
    Label heading = text(Messages.get("present.summary"), "present-title");
    Label links = text(Messages.get("present.linksShown", slide.links()), "present-context");
    GridPane relations = new GridPane();
    relations.getStyleClass().add("present-table");
    int row = 0;
    for (Tally tally : slide.relations()) {
      relations.addRow(
          row++,
          RelationBadge.of(tally.id(), tally.label(), tally.colour(), fontPx, look),
          text(String.valueOf(tally.left()), "present-count"));
    }
    VBox box = new VBox(heading, links, relations);
    if (!slide.frames().isEmpty()) {
      GridPane frames = new GridPane();
      frames.getStyleClass().add("present-table");
      frames.addRow(
          0,
          text(Messages.get("present.frameColumn"), "present-perspective"),
          text(deck.label(Side.A), "present-perspective"),
          text(deck.label(Side.B), "present-perspective"));
      row = 1;
      for (Tally tally : slide.frames()) {
        frames.addRow(
            row++,
            swatched(tally.label(), tally.colour()),
            text(String.valueOf(tally.left()), "present-count"),
            text(String.valueOf(tally.right()), "present-count"));
      }
      box.getChildren().addAll(text(Messages.get("present.frames"), "present-heading"), frames);
    }
    box.getChildren()
        .add(
            text(
                Messages.get(
                    "present.onlyCounts",
                    deck.label(Side.A),
                    slide.onlyLeft(),
                    deck.label(Side.B),
                    slide.onlyRight()),
                "present-context"));
    box.setId("present-summary-slide");
    return box;
  }

  private static VBox prompts(List<String> prompts) {
    VBox box = new VBox(text(Messages.get("present.prompts"), "present-heading"));
    box.setId("present-prompts");
    prompts.forEach(p -> box.getChildren().add(text("\u2022 " + p, "present-list-item")));
    return box;
  }

  /** A label in the frame's colour swatch: the swatch is a square, so colour is never alone. */
  private Node swatched(String words, String colour) {
    Rectangle swatch = new Rectangle(fontPx * 0.7, fontPx * 0.7);
    swatch.setFill(Colours.parse(colour, javafx.scene.paint.Color.GRAY));
    swatch.getStyleClass().add("present-swatch");
    HBox box = new HBox(swatch, text(words, "present-context"));
    box.getStyleClass().add("present-swatched");
    return box;
  }

  private static GridPane twoColumns() {
    GridPane grid = new GridPane();
    // Rows keep both sides' claims level, each cell from its top: centred, a short claim floated
    // in the middle of the long one beside it.
    grid.getStyleClass().add("present-columns");
    for (int i = 0; i < 2; i++) {
      ColumnConstraints half = new ColumnConstraints();
      half.setPercentWidth(50);
      half.setHgrow(Priority.ALWAYS);
      half.setHalignment(HPos.LEFT);
      half.setFillWidth(true);
      grid.getColumnConstraints().add(half);
    }
    for (int i = 0; i < 4; i++) {
      RowConstraints row = new RowConstraints();
      row.setValignment(VPos.TOP);
      grid.getRowConstraints().add(row);
    }
    return grid;
  }

  private static Label text(String words, String styleClass) {
    Label label = new Label(words);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add(styleClass);
    label.setVisible(!words.isEmpty());
    label.setManaged(!words.isEmpty());
    return label;
  }
}
