package org.parallax.tagging;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** What every edit needs besides the comparison: the time, the reader's name and taken ids. */
record EditContext(Clock clock, String annotator, Set<String> reserved) {
  EditContext {
    if (clock == null) {
      throw new IllegalArgumentException("a clock is required");
    }
    annotator = annotator == null ? "" : annotator;
    reserved = Set.copyOf(reserved);
  }

  Instant now() {
    return clock.instant();
  }
}
