package org.parallax.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.parallax.model.Side;
import org.parallax.ui.file.Opener;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.tag.ComparisonSession;
import org.parallax.ui.tag.TaggingKeys;
import org.parallax.ui.tag.TaggingViewModel;

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
  final Action undo;
  final Action redo;
  final Action next;
  final Action previous;
  final Action linkChosen;
  final Action split;
  final Action merge;
  final Action claimSelection;

  AppActions(
      MainViewModel vm,
      Opener opener,
      DesktopAccess desktop,
      Supplier<Window> owner,
      Runnable requestClose,
      ToIntFunction<Side> caretOf,
      Function<Side, IndexRange> selectionOf) {
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
    ComparisonSession session = vm.alignment().session();
    TaggingViewModel tagging = vm.tagging();
    undo =
        new Action(
            "undo",
            Messages.get("action.undo"),
            "",
            KeyCombination.keyCombination("Shortcut+Z"),
            session::undo,
            session.canUndoProperty().not());
    redo =
        new Action(
            "redo",
            Messages.get("action.redo"),
            "",
            KeyCombination.keyCombination("Shortcut+Shift+Z"),
            session::redo,
            session.canRedoProperty().not());
    next =
        new Action(
            "next",
            Messages.get("action.next"),
            Messages.get("action.next.tooltip"),
            null,
            () -> tagging.step(tagging.activeSideProperty().get(), true),
            session.currentProperty().isNull());
    previous =
        new Action(
            "previous",
            Messages.get("action.previous"),
            Messages.get("action.previous.tooltip"),
            null,
            () -> tagging.step(tagging.activeSideProperty().get(), false),
            session.currentProperty().isNull());
    linkChosen =
        new Action(
            "link",
            Messages.get("action.linkChosen"),
            "",
            null,
            () -> tagging.linkChosen(""),
            session.currentProperty().isNull());
    split =
        new Action(
            "split",
            Messages.get("action.split"),
            "",
            KeyCombination.keyCombination("Shortcut+Alt+S"),
            () -> {
              Side side = tagging.activeSideProperty().get();
              tagging.splitAt(side, caretOf.applyAsInt(side));
            },
            session.currentProperty().isNull());
    merge =
        new Action(
            "merge",
            Messages.get("action.merge"),
            "",
            KeyCombination.keyCombination("Shortcut+Alt+M"),
            tagging::mergeWithNext,
            session.currentProperty().isNull());
    claimSelection =
        new Action(
            "claim-selection",
            Messages.get("action.claimSelection"),
            "",
            KeyCombination.keyCombination("Shortcut+Alt+C"),
            () -> {
              Side side =
                  TaggingKeys.withSelectedWords(tagging.activeSideProperty().get(), selectionOf);
              IndexRange words = selectionOf.apply(side);
              tagging.claimSelection(side, words.getStart(), words.getEnd());
            },
            session.currentProperty().isNull());
    quit =
        new Action(
            "quit",
            Messages.get("action.quit"),
            "",
            KeyCombination.keyCombination("Shortcut+Q"),
            requestClose,
            null);
  }

  /** The actions in the order the menus show them, for the list of shortcuts. */
  List<Action> all() {
    return List.of(
        open,
        openLeft,
        paste,
        quit,
        undo,
        redo,
        linkChosen,
        next,
        previous,
        split,
        merge,
        claimSelection,
        fontBigger,
        fontSmaller,
        swap,
        align);
  }
}
