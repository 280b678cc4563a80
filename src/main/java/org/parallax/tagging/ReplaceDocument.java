package org.parallax.tagging;

import org.parallax.model.Comparison;
import org.parallax.model.Side;

/**
 * Puts a new version of one side's essay in place, with every claim, link and term re-anchored in
 * it (by {@code store.DocumentReplacement}); undo puts the old version and its tags back. A new
 * text moves every offset of its side, so the edit holds the comparison before and after rather
 * than a list of small changes; what could not be placed left the comparison as orphans, which the
 * window keeps beside it.
 */
record ReplaceDocument(Side side, Comparison before, Comparison after) implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    if (!c.withModified(before.modified()).equals(before)) {
      throw new IllegalStateException("The comparison is not the one the essay was replaced in.");
    }
    return after.withModified(c.modified());
  }

  @Override
  public Change inverse() {
    return new ReplaceDocument(side, after, before);
  }

  @Override
  public String description() {
    return side == Side.A ? "Re-import the left essay" : "Re-import the right essay";
  }
}
