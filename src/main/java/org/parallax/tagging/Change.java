package org.parallax.tagging;

import org.parallax.model.Comparison;

/**
 * One small invertible edit of a comparison. Applying a change and then its {@link #inverse()}
 * gives back an equal comparison. A change remembers what it replaces, so applying it to a
 * comparison that is not in the state it was made for fails instead of doing something else.
 */
public interface Change {

  /**
   * The comparison after this edit.
   *
   * @throws IllegalStateException when {@code c} does not hold what this change expects to find
   */
  Comparison applyTo(Comparison c);

  /** The change that undoes this one. */
  Change inverse();

  /** What the edit does, for the Undo and Redo menu items ("Accept link L3"). */
  String description();
}
