package org.parallax.model;

/**
 * A claim: the span {@code [start, end)} of one side's cleaned text, usually a sentence or a
 * clause. Ids are {@code A1, A2, …} and {@code B1, B2, …} in text order.
 */
public record Claim(String id, Side side, int start, int end) {
  public Claim {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("claim id is required");
    }
    if (side == null) {
      throw new IllegalArgumentException("claim side is required");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad claim span [" + start + ", " + end + ")");
    }
  }

  /** The claim's text in {@code document}. */
  public String textIn(Document document) {
    return document.slice(start, end);
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
