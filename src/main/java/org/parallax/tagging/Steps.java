package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;

/**
 * Several changes that make one edit and one undo step, applied in order and undone in reverse
 * order. With no steps it is a change that does nothing (the comparison is returned as it is).
 */
record Steps(String description, List<Change> steps) implements Change {

  Steps {
    steps = List.copyOf(steps);
  }

  static Steps none(String description) {
    return new Steps(description, List.of());
  }

  @Override
  public Comparison applyTo(Comparison c) {
    Comparison result = c;
    for (Change step : steps) {
      result = step.applyTo(result);
    }
    return result;
  }

  @Override
  public Change inverse() {
    List<Change> reversed = new ArrayList<>(steps.size());
    for (int i = steps.size() - 1; i >= 0; i--) {
      reversed.add(steps.get(i).inverse());
    }
    return new Steps(description, reversed);
  }
}
