package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;

/**
 * Takes {@code item} out of {@code index} of one list of the comparison. Undone by {@link Insert}.
 */
record Remove<T>(Part<T> part, int index, T item) implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    List<T> items = new ArrayList<>(part.of(c));
    part.expect(items, index, item);
    items.remove(index);
    return part.with(c, items);
  }

  @Override
  public Change inverse() {
    return new Insert<>(part, index, item);
  }

  @Override
  public String description() {
    return "Remove " + part;
  }
}
