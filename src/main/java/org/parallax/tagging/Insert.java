package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;

/** Puts {@code item} at {@code index} of one list of the comparison. Undone by {@link Remove}. */
record Insert<T>(Part<T> part, int index, T item) implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    List<T> items = new ArrayList<>(part.of(c));
    if (index < 0 || index > items.size()) {
      throw new IllegalStateException(
          "The comparison has changed since this edit was made: no place for the " + part + ".");
    }
    items.add(index, item);
    return part.with(c, items);
  }

  @Override
  public Change inverse() {
    return new Remove<>(part, index, item);
  }

  @Override
  public String description() {
    return "Add " + part;
  }
}
