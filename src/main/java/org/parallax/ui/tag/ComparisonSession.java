package org.parallax.ui.tag;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parallax.model.Comparison;
import org.parallax.tagging.Change;
import org.parallax.tagging.EditHistory;

/**
 * The comparison on screen and its undo history, as observable properties. Every edit goes through
 * {@link #apply}; "saved" means the history stands at the position marked on the last save or load,
 * so undoing back to it clears the unsaved mark again.
 */
public final class ComparisonSession {
  private final ReadOnlyObjectWrapper<Comparison> current = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper resets = new ReadOnlyIntegerWrapper();
  private EditHistory history;

  /** Starts a new history at {@code comparison}; {@code isSaved} when it came from a file. */
  public void reset(Comparison comparison, boolean isSaved) {
    history = comparison == null ? null : new EditHistory(comparison, isSaved);
    refresh();
    resets.set(resets.get() + 1);
  }

  /**
   * Counts the new histories started: another comparison opened, aligned afresh, swapped. What the
   * reader had picked in the old one (current link, chosen claims) means nothing in the new.
   */
  public ReadOnlyIntegerProperty resetsProperty() {
    return resets.getReadOnlyProperty();
  }

  /** Applies {@code change} as one undoable step. */
  public void apply(Change change) {
    if (history != null) {
      history.apply(change);
      refresh();
    }
  }

  public void undo() {
    if (history != null && history.canUndo()) {
      history.undo();
      refresh();
    }
  }

  public void redo() {
    if (history != null && history.canRedo()) {
      history.redo();
      refresh();
    }
  }

  /**
   * Marks the history position as saved if {@code written} is still what is on screen; edits made
   * while a save was running stay unsaved.
   */
  public void markSaved(Comparison written) {
    if (history != null && history.current() == written) {
      history.markSaved();
      refresh();
    }
  }

  public Optional<Comparison> comparison() {
    return Optional.ofNullable(current.get());
  }

  private void refresh() {
    current.set(history == null ? null : history.current());
    saved.set(history == null || history.isAtSavedPoint());
    canUndo.set(history != null && history.canUndo());
    canRedo.set(history != null && history.canRedo());
    undoText.set(history == null ? "" : history.undoDescription().orElse(""));
    redoText.set(history == null ? "" : history.redoDescription().orElse(""));
  }

  public ReadOnlyObjectProperty<Comparison> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }
}
