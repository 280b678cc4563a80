package org.parallax.ui.present;

import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.ui.Messages;
import org.parallax.ui.support.Colours;

/**
 * A relation as a class sees it revealed: its label on a chip of its codebook colour, with an icon
 * and a border pattern of its own, so that it never rests on colour alone (the same icons as the
 * handout: a tick for agree, a cross for contradict, arrows both ways for reframe, a half circle
 * for partial; a square for a relation the reader added, a question mark for none yet).
 */
final class RelationBadge {
  private static final Map<String, Ikon> ICONS =
      Map.of(
          "agree", Feather.CHECK,
          "contradict", Feather.X,
          "reframe", Feather.REPEAT,
          "partial", Feather.PIE_CHART,
          "", Feather.HELP_CIRCLE);

  private static final Map<String, String> BORDERS =
      Map.of(
          "agree", "solid",
          "contradict", "segments(0.6em, 0.15em, 0.1em, 0.15em)",
          "reframe", "dashed",
          "partial", "dotted",
          "", "dashed");

  private static final String GREY = "#757575";

  private RelationBadge() {}

  /**
   * The chip of relation {@code id} ("" for none yet) called {@code label}, drawn in {@code
   * colour}; {@code fontPx} sizes its icon with the text.
   */
  static Label of(String id, String label, String colour, double fontPx) {
    Color fill = Colours.parse(id.isEmpty() ? GREY : colour, Color.web(GREY));
    Color ink = readableOn(fill);
    FontIcon icon = new FontIcon(ICONS.getOrDefault(id, Feather.SQUARE));
    icon.setIconSize((int) Math.round(fontPx * 1.1));
    icon.setIconColor(ink);
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
