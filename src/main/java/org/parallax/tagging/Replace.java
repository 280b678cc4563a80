package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;

/** Swaps {@code before} for {@code after} at {@code index} of one list of the comparison. */
record Replace<T>(Part<T> part, int index, T before, T after) implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    List<T> items = new ArrayList<>(part.of(c));
    part.expect(items, index, before);
    items.set(index, after);
    return part.with(c, items);
  }

  @Override
  public Change inverse() {
    return new Replace<>(part, index, after, before);
  }

  @Override
  public String description() {
    return "Change " + part;
  }
}
