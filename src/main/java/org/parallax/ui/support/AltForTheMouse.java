package org.parallax.ui.support;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps Alt held for the mouse (Alt+drag links two claims) from opening the menu bar: a lone Alt
 * release puts the menu bar in mnemonic mode, where the next key goes to the menus. The release
 * that ends a press of the mouse with Alt down is consumed before the menu bar sees it.
 */
public final class AltForTheMouse {
  private boolean usedByMouse;

  private AltForTheMouse() {}

  public static void install(Scene scene) {
    AltForTheMouse alt = new AltForTheMouse();
    scene.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          if (e.isAltDown()) {
            alt.usedByMouse = true;
          }
        });
    scene.addEventFilter(
        KeyEvent.KEY_RELEASED,
        e -> {
          if (e.getCode() == KeyCode.ALT) {
            if (alt.usedByMouse) {
              e.consume();
            }
            alt.usedByMouse = false;
          }
        });
  }
}
