package org.parallax.tagging;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.TermTag;

/**
 * What every edit needs besides the comparison: the time, the reader's name and ids taken elsewhere
 * (orphans of the file); and the signing of edited links and tags with the first two.
 */
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

  /** {@code old} with new values, signed by this reader now. */
  Link signed(Link old, LinkStatus status, String relation, String note) {
    return new Link(
        old.id(),
        old.aClaims(),
        old.bClaims(),
        status,
        relation,
        old.score(),
        old.reasons(),
        note,
        annotator,
        old.created(),
        now(),
        old.suggestedRelation(),
        old.relationReasons());
  }

  /** {@code old} with new values, signed by this reader now. */
  TermTag signed(TermTag old, String frame, String note, String pairedWith, LinkStatus status) {
    return new TermTag(
        old.id(),
        old.side(),
        old.start(),
        old.end(),
        frame,
        note,
        pairedWith,
        status,
        annotator,
        old.created(),
        now());
  }
}
