package org.parallax.export;

import java.util.List;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;

/**
 * One row of the framing-terms table: a term as one side uses it under one frame, however often it
 * is tagged.
 *
 * @param side the essay
 * @param term the term as it first occurs
 * @param frame the frame dimension it is tagged with
 * @param counterparts the words it is paired with on the other side (shown tags of both sides, one
 *     wording per pair of words, see {@link org.parallax.tagging.TermPairs}), in order met
 * @param tags its tags, in text order (the count is their number)
 * @param notes the tags' notes, each once, in text order
 */
public record TermRow(
    Side side,
    String term,
    TagKind frame,
    List<String> counterparts,
    List<TermTag> tags,
    List<String> notes) {

  public TermRow {
    counterparts = List.copyOf(counterparts);
    tags = List.copyOf(tags);
    notes = List.copyOf(notes);
  }

  /** How many times the term is tagged. */
  public int count() {
    return tags.size();
  }
}
