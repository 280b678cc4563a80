package org.parallax.model;

/**
 * A paragraph, heading or editorial note of a document: the span {@code [start, end)} of its
 * cleaned text.
 */
public record Block(BlockKind kind, int start, int end) {
  public Block {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
