package org.parallax.ui.present;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;
import org.parallax.ui.reading.RelationPalette;
import org.parallax.ui.support.Colours;

/**
 * A relation as a class sees it revealed: its label on a chip of its codebook colour, with an icon
 * and a border pattern of its own, so that it never rests on colour alone (the same icons as the
 * handout: a tick for agree, a cross for contradict, arrows both ways for reframe, a half circle
 * for partial; a square for a relation the reader added, a question mark for none yet).
 */
final class RelationBadge {
  /** SVG path data in a 16×16 box, stroked: the same shapes as the handout's. */
  private static final Map<String, String> ICONS =
      Map.of(
          "agree", "M2 8.5 L6.5 13 L14 3.5",
          "contradict", "M3 3 L13 13 M13 3 L3 13",
          "reframe", "M2 5.5 H13 M10 2.5 L13 5.5 L10 8.5 M14 10.5 H3 M6 7.5 L3 10.5 L6 13.5",
          "partial", "M8 2 A6 6 0 0 1 8 14 A6 6 0 0 1 8 2",
          "", "M8 2 A6 6 0 0 1 8 14 A6 6 0 0 1 8 2");

  private static final String OTHER_ICON = "M3 3 H13 V13 H3 Z";

  /** The filled half of the partial relation's circle. */
  private static final String HALF = "M8 2 A6 6 0 0 0 8 14 Z";

  private static final Map<String, String> BORDERS =
      Map.of(
          "agree", "solid",
          "contradict", "segments(0.6em, 0.15em, 0.1em, 0.15em)",
          "reframe", "dashed",
          "partial", "dotted",
          "", "dashed");

  private static final String GREY = "#757575";

  private RelationBadge() {}

  /** The least contrast of the words on a chip in the high-contrast look (WCAG AAA). */
  static final double HIGH_CONTRAST_RATIO = 7;

  /**
   * The chip of relation {@code id} ("" for none yet) called {@code label}, drawn in {@code
   * colour}, or in high contrast in the palette's bright colour for it; {@code fontPx} sizes its
   * icon with the text.
   */
  static Label of(String id, String label, String colour, double fontPx, Theme.Look look) {
    Color fill = fill(id, label, colour, look);
    Color ink = readableOn(fill);
    Group icon = icon(id, ink, fontPx);
    Label badge = new Label(id.isEmpty() ? Messages.get("present.noRelation") : label, icon);
    badge.setId("present-relation");
    badge.getStyleClass().add("present-relation");
    badge.setStyle(
        String.format(
            Locale.ROOT,
            "-fx-background-color: %s; -fx-text-fill: %s; -fx-border-color: %s;"
                + " -fx-border-style: %s;",
            Colours.web(fill),
            Colours.web(ink),
            Colours.web(ink),
            BORDERS.getOrDefault(id, "solid")));
    return badge;
  }

  /**
   * The chip's colour: the codebook's; in the high-contrast look the colour the ribbons draw the
   * relation in there (RelationPalette), made lighter until black words on it stand out 7:1.
   */
  static Color fill(String id, String label, String colour, Theme.Look look) {
    Color grey = Color.web(GREY);
    if (look != Theme.Look.HIGH_CONTRAST) {
      return Colours.parse(id.isEmpty() ? GREY : colour, grey);
    }
    Color fill =
        id.isEmpty()
            ? grey
            : RelationPalette.shown(
                new TagKind(id, TagTarget.LINK, label.isBlank() ? id : label, colour, ""),
                grey,
                look);
    while (contrast(Color.BLACK, fill) < HIGH_CONTRAST_RATIO) {
      fill = fill.interpolate(Color.WHITE, 0.1);
    }
    return fill;
  }

  /** The WCAG contrast ratio of two colours. */
  static double contrast(Color one, Color other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The relation's icon, drawn in {@code ink} about as tall as the text. */
  private static Group icon(String id, Color ink, double fontPx) {
    double scale = fontPx / 16;
    SVGPath line = new SVGPath();
    line.setContent(ICONS.getOrDefault(id, OTHER_ICON));
    line.setFill(null);
    line.setStroke(ink);
    line.setStrokeWidth(2);
    if (id.isEmpty()) {
      line.getStrokeDashArray().setAll(3.0, 2.0);
    }
    Group icon = new Group(line);
    if (id.equals("partial")) {
      SVGPath half = new SVGPath();
      half.setContent(HALF);
      half.setFill(ink);
      icon.getChildren().add(half);
    }
    icon.getChildren().forEach(shape -> shape.getTransforms().add(new Scale(scale, scale, 0, 0)));
    return icon;
  }

  /** Black or white, whichever stands out more on {@code fill} (WCAG contrast ratio). */
  static Color readableOn(Color fill) {
    double l = luminance(fill);
    double onWhite = 1.05 / (l + 0.05);
    double onBlack = (l + 0.05) / 0.05;
    return onBlack > onWhite ? Color.BLACK : Color.WHITE;
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  }
}
