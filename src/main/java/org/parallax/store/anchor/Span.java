package org.parallax.store.anchor;

/** A span {@code [start, end)} of a text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether the span lies inside a text of {@code length} characters. */
  public boolean fitsIn(int length) {
    return end <= length;
  }
}
