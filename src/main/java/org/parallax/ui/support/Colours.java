package org.parallax.ui.support;

import java.util.Locale;
import javafx.scene.paint.Color;

/** Codebook colours, which files keep as {@code #rrggbb} text, to and from JavaFX colours. */
public final class Colours {
  private Colours() {}

  /** {@code colour} as {@code #rrggbb}. */
  public static String web(Color colour) {
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(colour.getRed() * 255),
        Math.round(colour.getGreen() * 255),
        Math.round(colour.getBlue() * 255));
  }

  /** The colour {@code text} names, or {@code fallback} when it names none. */
  public static Color parse(String text, Color fallback) {
    try {
      return Color.web(text);
    } catch (IllegalArgumentException | NullPointerException notAColour) {
      return fallback;
    }
  }
}
