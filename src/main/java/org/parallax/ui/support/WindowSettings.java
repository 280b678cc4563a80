package org.parallax.ui.support;

/**
 * What the window remembers between runs.
 *
 * @param width window width, or NaN when never saved
 * @param height window height, or NaN when never saved
 * @param divider the left essay's share of the room the two essays have, 0 to 1
 * @param gutterWidth the width the reader gave the gutter between the essays, or NaN when never
 *     saved
 * @param fontSize reading font size in pixels
 * @param linkedScrolling whether the two essays scroll together
 * @param dark whether the dark theme is on
 * @param annotator the reader's name, stamped on links and terms they make
 * @param highContrast whether the high-contrast look is on (over the dark toggle)
 * @param tourSeen whether the first-start tour has been shown
 */
public record WindowSettings(
    double width,
    double height,
    double divider,
    double gutterWidth,
    int fontSize,
    boolean linkedScrolling,
    boolean dark,
    String annotator,
    boolean highContrast,
    boolean tourSeen) {

  public static final int MIN_FONT = 10;
  public static final int MAX_FONT = 32;
  public static final WindowSettings DEFAULTS =
      new WindowSettings(
          Double.NaN, Double.NaN, 0.5, Double.NaN, 15, true, false, "", false, false);

  public WindowSettings {
    divider = Double.isFinite(divider) ? Math.min(0.9, Math.max(0.1, divider)) : 0.5;
    fontSize = Math.min(MAX_FONT, Math.max(MIN_FONT, fontSize));
    annotator = annotator == null ? "" : annotator;
  }

  /** These settings with the first-start tour marked as shown or not. */
  public WindowSettings withTourSeen(boolean seen) {
    return new WindowSettings(
        width,
        height,
        divider,
        gutterWidth,
        fontSize,
        linkedScrolling,
        dark,
        annotator,
        highContrast,
        seen);
  }
}
