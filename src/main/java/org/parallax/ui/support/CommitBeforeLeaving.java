package org.parallax.ui.support;

import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Commits what the reader typed into a field before anything else can act on the item it belongs
 * to. Losing focus alone comes too late: a click on a list changes the current item before the
 * field loses focus (so the text would go to the newly chosen item, or nowhere), and a shortcut
 * such as Ctrl+S runs while the field still has it. The commit must do nothing when the text is
 * unchanged, since it may run more than once.
 */
public final class CommitBeforeLeaving {
  private CommitBeforeLeaving() {}

  /** Commits when the field loses focus, and before a click elsewhere or a shortcut acts. */
  public static void install(TextInputControl field, Runnable commit) {
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                commit.run();
              }
            });
    EventHandler<MouseEvent> press =
        e -> {
          if (field.isFocused() && !inside(field, e.getTarget())) {
            commit.run();
          }
        };
    EventHandler<KeyEvent> shortcut =
        e -> {
          if (field.isFocused() && e.isShortcutDown()) {
            commit.run();
          }
        };
    field
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.removeEventFilter(MouseEvent.MOUSE_PRESSED, press);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcut);
              }
              listen(scene, press, shortcut);
            });
    listen(field.getScene(), press, shortcut);
  }

  private static void listen(
      Scene scene, EventHandler<MouseEvent> press, EventHandler<KeyEvent> shortcut) {
    if (scene != null) {
      scene.addEventFilter(MouseEvent.MOUSE_PRESSED, press);
      scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcut);
    }
  }

  private static boolean inside(Node field, EventTarget target) {
    for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
      if (node == field) {
        return true;
      }
    }
    return false;
  }
}
