package org.parallax.ui;

import javafx.scene.paint.Color;

/**
 * The WCAG 2 contrast ratio of two colours, written once for the tests that check colours: an
 * oracle of their own, apart from the app's code that picks readable colours.
 */
public final class Wcag {
  private Wcag() {}

  /** The contrast ratio of {@code one} and {@code other}, from 1 to 21. */
  public static double contrast(Color one, Color other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The same, of two colours written like {@code #24272b}. */
  public static double contrast(String one, String other) {
    return contrast(Color.web(one), Color.web(other));
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
