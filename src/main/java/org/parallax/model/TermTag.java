package org.parallax.model;

import java.time.Instant;

/**
 * A framing term: the span {@code [start, end)} of one side's text, tagged with a frame dimension
 * from the codebook and optionally paired with its counterpart term on the other side.
 *
 * @param id stable id such as {@code T3}
 * @param side which document
 * @param start first character
 * @param end one past the last character
 * @param frame id of a frame kind in the codebook ({@code security}, {@code legality}, …)
 * @param note the reader's free text
 * @param pairedWith id of the counterpart term tag on the other side, or empty
 * @param status suggested (from the lexicon), confirmed, or rejected
 * @param annotator who made or last changed it
 * @param created when it was made
 * @param modified when it last changed
 */
public record TermTag(
    String id,
    Side side,
    int start,
    int end,
    String frame,
    String note,
    String pairedWith,
    LinkStatus status,
    String annotator,
    Instant created,
    Instant modified) {

  public TermTag {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("term id is required");
    }
    if (side == null) {
      throw new IllegalArgumentException("term side is required");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad term span [" + start + ", " + end + ")");
    }
    frame = frame == null || frame.isBlank() ? "other" : frame;
    note = note == null ? "" : note;
    pairedWith = pairedWith == null ? "" : pairedWith;
    status = status == null ? LinkStatus.CONFIRMED : status;
    annotator = annotator == null ? "" : annotator;
    created = created == null ? Instant.EPOCH : created;
    modified = modified == null ? created : modified;
  }

  /** The same tag on the other essay's side, as when the sides are swapped; times unchanged. */
  public TermTag onSide(Side newSide) {
    return new TermTag(
        id, newSide, start, end, frame, note, pairedWith, status, annotator, created, modified);
  }

  /** The same tag paired with {@code partner} ("" for none); times unchanged. */
  public TermTag pairedTo(String partner) {
    return new TermTag(
        id, side, start, end, frame, note, partner, status, annotator, created, modified);
  }
}
