package org.parallax.present;

import org.parallax.model.TagKind;

/**
 * How many items carry one codebook kind, on each side where that matters.
 *
 * @param id the relation or frame id; empty for links without a relation yet
 * @param label the kind's label; empty for links without a relation
 * @param colour the kind's CSS colour
 * @param left how many on the left (for relations: how many link slides)
 * @param right how many on the right (for relations: the same as {@code left})
 */
public record Tally(String id, String label, String colour, int left, int right) {

  static Tally of(TagKind kind, int left, int right) {
    return new Tally(kind.id(), kind.label(), kind.colour(), left, right);
  }

  /** Whether this counts the links without a relation. */
  public boolean unset() {
    return id.isEmpty();
  }
}
