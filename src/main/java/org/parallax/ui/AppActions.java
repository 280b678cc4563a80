package org.parallax.ui;

import java.util.function.Supplier;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.parallax.model.Side;
import org.parallax.ui.file.Opener;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;

/** Every command of the main window, in one place, with its words and shortcut. */
final class AppActions {
  final Action open;
  final Action openLeft;
  final Action paste;
  final Action swap;
  final Action fontBigger;
  final Action fontSmaller;
  final Action quit;
  final Action align;

  AppActions(
      MainViewModel vm,
      Opener opener,
      DesktopAccess desktop,
      Supplier<Window> owner,
      Runnable requestClose) {
    open =
        new Action(
            "open",
            Messages.get("action.open"),
            Messages.get("action.open.tooltip"),
            KeyCombination.keyCombination("Shortcut+O"),
            () -> desktop.chooseFileToOpen(owner.get()).ifPresent(p -> opener.open(Side.B, p)),
            vm.busyProperty());
    openLeft =
        new Action(
            "open-left",
            Messages.get("action.openLeft"),
            "",
            null,
            () -> desktop.chooseFileToOpen(owner.get()).ifPresent(p -> opener.open(Side.A, p)),
            vm.busyProperty());
    paste =
        new Action(
            "paste",
            Messages.get("action.paste"),
            Messages.get("action.paste.tooltip"),
            KeyCombination.keyCombination("Shortcut+Shift+V"),
            () -> vm.paste(desktop.clipboardText()),
            vm.busyProperty());
    swap =
        new Action(
            "swap",
            Messages.get("action.swap"),
            Messages.get("action.swap.tooltip"),
            null,
            vm::swapSides,
            vm.busyProperty());
    fontBigger =
        new Action(
            "font-bigger",
            "A+",
            Messages.get("action.fontBigger"),
            KeyCombination.keyCombination("Shortcut+EQUALS"),
            vm::fontBigger,
            null);
    fontSmaller =
        new Action(
            "font-smaller",
            "A\u2212",
            Messages.get("action.fontSmaller"),
            KeyCombination.keyCombination("Shortcut+MINUS"),
            vm::fontSmaller,
            null);
    align =
        new Action(
            "align",
            Messages.get("align.action"),
            Messages.get("align.action.tooltip"),
            KeyCombination.keyCombination("Shortcut+Shift+A"),
            vm::realign,
            vm.alignment().runningProperty().or(vm.bothLoadedProperty().not()));
    quit =
        new Action(
            "quit",
            Messages.get("action.quit"),
            "",
            KeyCombination.keyCombination("Shortcut+Q"),
            requestClose,
            null);
  }
}
