package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.tagging.Change;
import org.parallax.tagging.Edits;
import org.parallax.ui.file.Opener;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.tag.ComparisonSession;
import org.parallax.ui.tag.TaggingKeys;
import org.parallax.ui.tag.TaggingViewModel;

/** Every command of the main window, in one place, with its words and shortcut. */
final class AppActions {
  private static final Codebook BUILT_IN = Codebook.defaults();
  final Action open;
  final Action openLeft;
  final Action paste;
  final Action swap;
  final Action present;
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
  final Action accept;
  final Action reject;
  final Action unlink;
  final List<Action> relations;
  final Action tagTerm;
  final Action tagOccurrences;
  final Action suggestTerms;
  final Action acceptTerm;
  final Action rejectTerm;
  final Action removeTerm;

  AppActions(
      MainViewModel vm,
      Opener opener,
      DesktopAccess desktop,
      Supplier<Window> owner,
      Runnable requestClose,
      Runnable presentation,
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
    present =
        new Action(
            "present",
            Messages.get("action.present"),
            Messages.get("action.present.tooltip"),
            KeyCombination.keyCombination("F5"),
            presentation,
            vm.alignment().session().currentProperty().isNull());
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
            KeyCombination.keyCombination("N"),
            () -> tagging.step(tagging.activeSideProperty().get(), true),
            session.currentProperty().isNull());
    previous =
        new Action(
            "previous",
            Messages.get("action.previous"),
            Messages.get("action.previous.tooltip"),
            KeyCombination.keyCombination("Shift+N"),
            () -> tagging.step(tagging.activeSideProperty().get(), false),
            session.currentProperty().isNull());
    linkChosen =
        new Action(
            "link",
            Messages.get("action.linkChosen"),
            Messages.get("keys.link"),
            KeyCombination.keyCombination("L"),
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
    ObservableBooleanValue noLink = tagging.currentLinkProperty().isNull();
    accept =
        new Action(
            "accept",
            Messages.get("link.accept"),
            Messages.get("keys.accept"),
            KeyCombination.keyCombination("Enter"),
            tagging::accept,
            noLink);
    reject =
        new Action(
            "reject",
            Messages.get("link.reject"),
            Messages.get("keys.reject"),
            KeyCombination.keyCombination("Backspace"),
            tagging::reject,
            noLink);
    unlink =
        new Action(
            "unlink",
            Messages.get("link.unlink"),
            Messages.get("keys.unlink"),
            KeyCombination.keyCombination("Delete"),
            tagging::unlink,
            noLink);
    relations =
        TaggingKeys.RELATION_KEYS.entrySet().stream()
            .map(
                key -> {
                  String label =
                      BUILT_IN.find(TagTarget.LINK, key.getValue()).orElseThrow().label();
                  return new Action(
                      "relation-" + key.getValue(),
                      label,
                      Messages.get("keys.relationTo", label),
                      new KeyCodeCombination(key.getKey()),
                      () -> tagging.setRelation(key.getValue()),
                      session.currentProperty().isNull());
                })
            .toList();
    tagTerm =
        new Action(
            "tag-term",
            Messages.get("action.tagTerm"),
            Messages.get("keys.term"),
            KeyCombination.keyCombination("T"),
            () -> {
              Side side =
                  TaggingKeys.withSelectedWords(tagging.activeSideProperty().get(), selectionOf);
              IndexRange words = selectionOf.apply(side);
              tagging.tagTerm(side, words.getStart(), words.getEnd(), "other");
            },
            session.currentProperty().isNull());
    tagOccurrences =
        new Action(
            "tag-occurrences",
            Messages.get("action.tagOccurrences"),
            "",
            null,
            tagging::tagOfferedOccurrences,
            Bindings.isEmpty(tagging.offeredOccurrences()));
    suggestTerms =
        new Action(
            "suggest-terms",
            Messages.get("terms.suggest"),
            "",
            null,
            tagging::suggestTerms,
            session.currentProperty().isNull());
    ObservableBooleanValue noTerm = tagging.currentTermProperty().isNull();
    acceptTerm =
        new Action(
            "term-accept",
            Messages.get("action.termAccept"),
            "",
            null,
            () -> onTerm(tagging, (edits, c, t) -> edits.acceptTermSuggestion(c, t.id())),
            noTerm);
    rejectTerm =
        new Action(
            "term-reject",
            Messages.get("action.termReject"),
            "",
            null,
            () -> onTerm(tagging, (edits, c, t) -> edits.rejectTermSuggestion(c, t.id())),
            noTerm);
    removeTerm =
        new Action(
            "term-remove",
            Messages.get("action.termRemove"),
            "",
            null,
            () -> onTerm(tagging, (edits, c, t) -> edits.removeTerm(c, t.id())),
            noTerm);
    quit =
        new Action(
            "quit",
            Messages.get("action.quit"),
            "",
            KeyCombination.keyCombination("Shortcut+Q"),
            requestClose,
            null);
  }

  /** A change to the current framing term, as one undoable edit. */
  private interface TermEdit {
    Change make(Edits edits, Comparison comparison, TermTag term);
  }

  private static void onTerm(TaggingViewModel tagging, TermEdit edit) {
    TermTag term = tagging.currentTermProperty().get();
    if (term != null) {
      tagging.edit(edits -> c -> edit.make(edits, c, term));
    }
  }

  /** The commands of the Link menu, which single keys also give while reading. */
  List<Action> link() {
    List<Action> all = new ArrayList<>(List.of(accept, reject, unlink));
    all.addAll(relations);
    all.addAll(List.of(linkChosen, next, previous));
    return all;
  }

  /** The commands of the Terms menu. */
  List<Action> terms() {
    return List.of(tagTerm, tagOccurrences, suggestTerms, acceptTerm, rejectTerm, removeTerm);
  }

  /** The commands with modifier shortcuts, in the order the menus show them. */
  List<Action> all() {
    return List.of(
        open,
        openLeft,
        paste,
        quit,
        undo,
        redo,
        split,
        merge,
        claimSelection,
        fontBigger,
        fontSmaller,
        swap,
        align,
        present);
  }
}
