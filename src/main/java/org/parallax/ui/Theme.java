package org.parallax.ui;

import atlantafx.base.theme.NordDark;
import atlantafx.base.theme.NordLight;
import javafx.application.Application;

/**
 * The look of every window, dialogs and alerts included: AtlantaFX's Nord pair, a calm grey-blue
 * theme in light and dark, under the semantic colours of {@code parallax.css}.
 */
public final class Theme {
  private static final String LIGHT = new NordLight().getUserAgentStylesheet();
  private static final String DARK = new NordDark().getUserAgentStylesheet();

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
}
