package org.parallax.store.anchor;

import java.util.Optional;

/**
 * Where re-anchoring put a tag, and how.
 *
 * @param span the new span, empty for an orphan
 * @param method how the span was found
 */
public record Placement(Optional<Span> span, Method method) {

  /** The strategies, tried in this order. */
  public enum Method {
    /** The old position still holds the quoted text. */
    POSITION,
    /** The quoted text occurs unchanged; the occurrence nearest the old position was taken. */
    EXACT_QUOTE,
    /** A close match of the quote, scored on quote, context and position. */
    FUZZY_QUOTE,
    /** Nothing good enough: the tag becomes an orphan. */
    ORPHAN
  }

  static Placement at(Span span, Method method) {
    return new Placement(Optional.of(span), method);
  }

  static Placement orphan() {
    return new Placement(Optional.empty(), Method.ORPHAN);
  }

  public boolean isOrphan() {
    return span.isEmpty();
  }
}
