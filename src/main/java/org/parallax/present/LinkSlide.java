package org.parallax.present;

import java.util.List;
import org.parallax.model.Side;
import org.parallax.model.TagKind;

/**
 * One link: its claims side by side, each in context, and the relation and note a class sees only
 * once they are revealed (see {@link Walk#revealed()}).
 *
 * @param linkId the link's id, to put the reader on it after presenting
 * @param left the claims of the left essay (side A)
 * @param right the claims of the right essay (side B)
 * @param relation the relation's codebook kind; empty while the link has no relation
 * @param note the reader's note, or empty
 * @param prompts the discussion prompts about it, in the teacher's order, shown after the reveal
 */
public record LinkSlide(
    String linkId,
    InContext left,
    InContext right,
    java.util.Optional<TagKind> relation,
    String note,
    List<String> prompts)
    implements Slide {

  public LinkSlide {
    note = note == null ? "" : note;
    prompts = List.copyOf(prompts);
  }

  /** The claims of {@code side}. */
  public InContext side(Side side) {
    return side == Side.A ? left : right;
  }
}
