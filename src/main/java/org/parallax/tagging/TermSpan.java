package org.parallax.tagging;

import org.parallax.model.Side;

/** A stretch {@code [start, end)} of one side's text that may be tagged as a framing term. */
public record TermSpan(Side side, int start, int end) {
  public TermSpan {
    if (side == null) {
      throw new IllegalArgumentException("a side is required");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad term span [" + start + ", " + end + ")");
    }
  }

  /** Whether this span and {@code [otherStart, otherEnd)} of the same side share a character. */
  public boolean overlaps(Side otherSide, int otherStart, int otherEnd) {
    return side == otherSide && start < otherEnd && otherStart < end;
  }
}
