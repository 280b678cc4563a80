package org.parallax.ui;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.parallax.ui.support.Action;
import org.parallax.ui.tag.TaggingKeys;

/** Lists every keyboard shortcut: the single keys of tagging, then the commands with shortcuts. */
final class ShortcutsDialog extends Dialog<Void> {

  /**
   * @param reading the commands of the Link and Terms menus, whose single keys work while reading
   * @param commands the other commands with shortcuts
   */
  ShortcutsDialog(Window owner, List<Action> reading, List<Action> commands) {
    initOwner(owner);
    setTitle(Messages.get("keys.title"));
    setHeaderText(Messages.get("keys.title"));
    GridPane grid = new GridPane();
    grid.setId("shortcuts");
    grid.setHgap(16);
    grid.setVgap(4);
    ColumnConstraints keys = new ColumnConstraints();
    keys.setMinWidth(120);
    grid.getColumnConstraints().add(keys);
    int row = 0;
    grid.add(heading(Messages.get("keys.reading")), 0, row++, 2, 1);
    for (Action action : reading) {
      if (action.accelerator() != null) {
        String does = action.tooltip().isEmpty() ? words(action) : action.tooltip();
        grid.addRow(row++, key(action.accelerator().getDisplayText()), new Label(does));
      }
    }
    for (TaggingKeys.Help help : KeyboardReach.HELP) {
      grid.addRow(row++, key(help.keys()), new Label(help.does()));
    }
    for (TaggingKeys.Help help : TaggingKeys.HELP) {
      grid.addRow(row++, key(help.keys()), new Label(help.does()));
    }
    grid.add(heading(Messages.get("keys.commands")), 0, row++, 2, 1);
    for (Action action : commands) {
      if (action.accelerator() != null) {
        grid.addRow(row++, key(action.accelerator().getDisplayText()), new Label(words(action)));
      }
    }
    grid.addRow(row++, key(shortcut("Shortcut+Y")), new Label(Messages.get("keys.redoAlso")));
    grid.addRow(row++, key("F9"), new Label(Messages.get("keys.panel")));
    grid.addRow(row, key("F1"), new Label(Messages.get("keys.help")));
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    Styles.dressLike(getDialogPane(), owner);
  }

  private static String shortcut(String combination) {
    return KeyCombination.keyCombination(combination).getDisplayText();
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("shortcuts-heading");
    return label;
  }

  private static Label key(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("shortcut-key");
    return label;
  }

  /**
   * The action's words without a trailing ellipsis ("Open…" reads "Open"); a label that is a sign
   * rather than words ("A+") is described by its tooltip.
   */
  private static String words(Action action) {
    String text = action.text();
    if (text.length() <= 2 && !action.tooltip().isEmpty()) {
      return action.tooltip();
    }
    return text.endsWith("\u2026") ? text.substring(0, text.length() - 1) : text;
  }
}
