package org.parallax.segment;

/** A half-open range {@code [start, end)} of characters in some text. */
record Span(int start, int end) {
  Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  boolean isEmpty() {
    return end == start;
  }

  /** This span without leading and trailing whitespace of {@code text}. */
  Span trimmed(CharSequence text) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
