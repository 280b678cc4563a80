package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Comparison;

/**
 * The current comparison and the edits that led to it, for undo and redo. "Unsaved changes" is not
 * a flag set by hand but derived: the history remembers the position marked on the last save, and
 * the comparison is unsaved whenever the position differs from it. Not thread-safe: use it from one
 * thread (the FX thread).
 */
public final class EditHistory {
  private static final int NEVER = -1;

  private final List<Change> done = new ArrayList<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private Comparison current;
  private int position;
  private int savedPosition;

  /** A history that starts at {@code initial}, which counts as saved. */
  public EditHistory(Comparison initial) {
    this(initial, true);
  }

  /** A history that starts at {@code initial}, saved or not. */
  public EditHistory(Comparison initial, boolean saved) {
    start(initial, saved);
  }

  /** The comparison as the reader sees it now. */
  public Comparison current() {
    return current;
  }

  /**
   * Applies {@code change}, makes it the newest undo step and forgets what could be redone. A
   * change that leaves the comparison as it is (the same instance) is not recorded.
   *
   * @throws IllegalStateException when the change does not fit the current comparison
   */
  public void apply(Change change) {
    Comparison next = change.applyTo(current);
    if (next == current) {
      return;
    }
    while (done.size() > position) {
      done.remove(done.size() - 1);
    }
    if (savedPosition > position) {
      savedPosition = NEVER;
    }
    done.add(change);
    position++;
    current = next;
    fire();
  }

  /** Whether there is an edit to undo. */
  public boolean canUndo() {
    return position > 0;
  }

  /** Whether there is an undone edit to redo. */
  public boolean canRedo() {
    return position < done.size();
  }

  /** Undoes the newest edit; does nothing when there is none. */
  public void undo() {
    if (!canUndo()) {
      return;
    }
    current = done.get(position - 1).inverse().applyTo(current);
    position--;
    fire();
  }

  /** Redoes the edit undone last; does nothing when there is none. */
  public void redo() {
    if (!canRedo()) {
      return;
    }
    current = done.get(position).applyTo(current);
    position++;
    fire();
  }

  /** What {@link #undo()} would undo. */
  public Optional<String> undoDescription() {
    return canUndo() ? Optional.of(done.get(position - 1).description()) : Optional.empty();
  }

  /** What {@link #redo()} would redo. */
  public Optional<String> redoDescription() {
    return canRedo() ? Optional.of(done.get(position).description()) : Optional.empty();
  }

  /** Records that the current comparison was just saved. */
  public void markSaved() {
    savedPosition = position;
    fire();
  }

  /** Whether the current comparison is the one last saved; unsaved changes are the opposite. */
  public boolean isAtSavedPoint() {
    return position == savedPosition;
  }

  /**
   * Forgets all history and starts again at {@code loaded}: after opening a file ({@code saved} is
   * true) or making a new alignment that has not been saved yet ({@code saved} is false).
   */
  public void reset(Comparison loaded, boolean saved) {
    start(loaded, saved);
    fire();
  }

  /** Calls {@code listener} after every apply, undo, redo, save mark and reset. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /** Stops calling {@code listener}. */
  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  private void start(Comparison initial, boolean saved) {
    if (initial == null) {
      throw new IllegalArgumentException("a comparison is required");
    }
    done.clear();
    current = initial;
    position = 0;
    savedPosition = saved ? 0 : NEVER;
  }

  private void fire() {
    for (Runnable listener : List.copyOf(listeners)) {
      listener.run();
    }
  }
}
