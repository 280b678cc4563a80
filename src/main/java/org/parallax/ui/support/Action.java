package org.parallax.ui.support;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

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
      button.setTooltip(new Tooltip(tooltip + keyInBrackets()));
    }
    button.setOnAction(e -> handler.run());
    button.disableProperty().bind(disabled);
    return button;
  }

  /**
   * A compact toolbar button showing {@code icon} alone; its tooltip names the action and its key,
   * and screen readers read the action's words.
   */
  public Button button(Ikon icon) {
    Button button = button();
    showIcon(button, icon, (tooltip.isEmpty() ? bare(text) : tooltip) + keyInBrackets());
    return button;
  }

  /** Dresses a toolbar button or toggle as an icon with {@code tip} as its tooltip. */
  public static void showIcon(ButtonBase button, Ikon icon, String tip) {
    ScaledIcon.on(button, icon);
    button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    button.setAccessibleText(button.getText());
    button.setTooltip(new Tooltip(tip));
    button.getStyleClass().add("icon-button");
  }

  private String keyInBrackets() {
    return accelerator == null ? "" : " (" + accelerator.getDisplayText() + ")";
  }

  private static String bare(String words) {
    return words.endsWith("\u2026") ? words.substring(0, words.length() - 1) : words;
  }
}
