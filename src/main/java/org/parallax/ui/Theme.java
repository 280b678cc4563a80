package org.parallax.ui;

import atlantafx.base.theme.NordDark;
import atlantafx.base.theme.NordLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look of every window, dialogs and alerts included: AtlantaFX's Nord pair, a calm grey-blue
 * theme in light and dark, under the semantic colours of {@code parallax.css}. A third look, high
 * contrast (white and yellow on black, for projectors and weak eyes), is made on the dark one and
 * applies to one scene at a time ({@link #dress}).
 */
public final class Theme {
  private static final String LIGHT = new NordLight().getUserAgentStylesheet();
  private static final String DARK = new NordDark().getUserAgentStylesheet();

  /** The high-contrast colours, which {@link #dress} adds last (package: WindowLook leaves it). */
  static final String HIGH_CONTRAST_SHEET =
      Theme.class.getResource("high-contrast.css").toExternalForm();

  /** The looks a scene may take. */
  public enum Look {
    LIGHT,
    DARK,
    HIGH_CONTRAST;

    /** The light or dark look, as the main window's dark toggle says. */
    public static Look of(boolean dark) {
      return dark ? DARK : LIGHT;
    }
  }

  /** The style class of the high-contrast look, on the root of a scene that wears it. */
  public static final String HIGH_CONTRAST = "high-contrast";

  private Theme() {}

  /** Makes every window of the application light or dark. */
  public static void use(boolean dark) {
    String sheet = stylesheet(dark);
    if (!sheet.equals(Application.getUserAgentStylesheet())) {
      Application.setUserAgentStylesheet(sheet);
    }
  }

  /** The user agent stylesheet for the light or the dark theme. */
  public static String stylesheet(boolean dark) {
    return dark ? DARK : LIGHT;
  }

  /**
   * Gives {@code scene} (its root styled by {@code parallax.css}) the look {@code look}, whatever
   * the other windows wear: its own user agent stylesheet, the high-contrast colours on top when
   * asked for, and the root's {@code dark} / {@code high-contrast} classes that the stylesheets'
   * tokens follow.
   */
  public static void dress(Scene scene, Look look) {
    scene.setUserAgentStylesheet(look == Look.LIGHT ? LIGHT : DARK);
    scene.getStylesheets().remove(HIGH_CONTRAST_SHEET);
    var classes = scene.getRoot().getStyleClass();
    classes.removeAll(Styles.DARK, HIGH_CONTRAST);
    if (look != Look.LIGHT) {
      classes.add(Styles.DARK);
    }
    if (look == Look.HIGH_CONTRAST) {
      scene.getStylesheets().add(HIGH_CONTRAST_SHEET);
      classes.add(HIGH_CONTRAST);
    }
  }
}
