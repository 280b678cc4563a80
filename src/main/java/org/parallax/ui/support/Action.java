package org.parallax.ui.support;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * A command as data: its words, shortcut, what it does and when it is disabled. Menus and toolbar
 * buttons are made from the same action, so they always agree.
 *
 * @param id node id of the toolbar button and menu item (for tests and accessibility)
 * @param text label
 * @param tooltip longer description, or empty
 * @param accelerator keyboard shortcut, or null
 * @param handler what it does
 * @param disabled when it cannot be used
 */
public record Action(
    String id,
    String text,
    String tooltip,
    KeyCombination accelerator,
    Runnable handler,
    ObservableBooleanValue disabled) {

  public Action {
    disabled = disabled == null ? Bindings.createBooleanBinding(() -> false) : disabled;
    tooltip = tooltip == null ? "" : tooltip;
  }

  public MenuItem menuItem() {
    return menuItem(text);
  }

  /** A menu item saying {@code label}, for actions whose toolbar text is too terse for a menu. */
  public MenuItem menuItem(String label) {
    MenuItem item = new MenuItem(label);
    item.setId("menu-" + id);
    item.setAccelerator(accelerator);
    item.setOnAction(e -> handler.run());
    item.disableProperty().bind(disabled);
    return item;
  }

  public Button button() {
    Button button = new Button(text);
    button.setId("tool-" + id);
    button.setFocusTraversable(false);
    if (!tooltip.isEmpty()) {
      String shortcut = accelerator == null ? "" : " (" + accelerator.getDisplayText() + ")";
      button.setTooltip(new Tooltip(tooltip + shortcut));
    }
    button.setOnAction(e -> handler.run());
    button.disableProperty().bind(disabled);
    return button;
  }
}
