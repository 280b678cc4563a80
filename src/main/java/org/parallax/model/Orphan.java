package org.parallax.model;

/**
 * A tag that could not be placed in its document's current text after the text changed. It is kept
 * (and saved) with its quote so a reader can find it and attach it again by hand; it is never
 * dropped silently.
 *
 * @param kind what was orphaned
 * @param id the id it had ({@code A12}, {@code T3}, {@code L7})
 * @param side the document it belonged to; {@code null} for a link, which spans both
 * @param exact the text it marked when it was last placed (empty for a link)
 * @param prefix up to 32 characters before {@code exact}
 * @param suffix up to 32 characters after {@code exact}
 * @param oldStart where it started in the old text, or -1 when unknown
 * @param oldEnd where it ended in the old text, or -1 when unknown
 * @param data the complete saved entry as JSON text, written back unchanged on save
 */
public record Orphan(
    Kind kind,
    String id,
    Side side,
    String exact,
    String prefix,
    String suffix,
    int oldStart,
    int oldEnd,
    String data) {

  /** What an orphan was before it lost its place. */
  public enum Kind {
    CLAIM,
    TERM,
    LINK
  }

  public Orphan {
    if (kind == null) {
      throw new IllegalArgumentException("orphan kind is required");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("orphan id is required");
    }
    if (kind != Kind.LINK && side == null) {
      throw new IllegalArgumentException("an orphaned claim or term needs its side");
    }
    exact = exact == null ? "" : exact;
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
    data = data == null || data.isBlank() ? "{}" : data;
  }
}
