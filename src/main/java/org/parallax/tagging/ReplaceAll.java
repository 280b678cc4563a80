package org.parallax.tagging;

import java.util.List;
import org.parallax.model.Comparison;

/** Swaps the whole of one list of the comparison, {@code before}, for {@code after}. */
record ReplaceAll<T>(Part<T> part, List<T> before, List<T> after) implements Change {

  ReplaceAll {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  @Override
  public Comparison applyTo(Comparison c) {
    if (!part.of(c).equals(before)) {
      throw new IllegalStateException(
          "The comparison has changed since this edit was made: its "
              + part
              + "s are not the same.");
    }
    return part.with(c, after);
  }

  @Override
  public Change inverse() {
    return new ReplaceAll<>(part, after, before);
  }

  @Override
  public String description() {
    return "Replace " + part;
  }
}
