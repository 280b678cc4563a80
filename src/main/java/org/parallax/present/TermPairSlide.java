package org.parallax.present;

import java.util.List;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.tagging.TermPair;

/**
 * A pair of framing terms: what the left essay calls what the right essay calls otherwise ("A says
 * Khankendi where B says Stepanakert"), with their frames and how often each side uses its term.
 *
 * @param left the left essay's term, as it first occurs (see {@link TermPair})
 * @param right the right essay's term, as it first occurs
 * @param leftFrame the frame the left term is tagged with
 * @param rightFrame the frame the right term is tagged with (often the same)
 * @param leftCount how many times the left essay's term is tagged there
 * @param rightCount how many times the right essay's term is tagged there
 * @param prompts the discussion prompts about it, in the teacher's order, shown after the reveal
 */
public record TermPairSlide(
    String left,
    String right,
    TagKind leftFrame,
    TagKind rightFrame,
    int leftCount,
    int rightCount,
    List<String> prompts)
    implements Slide {

  public TermPairSlide {
    prompts = List.copyOf(prompts);
  }

  /** The slide of {@code pair}, with the prompts about it. */
  static TermPairSlide of(TermPair pair, List<String> prompts) {
    return new TermPairSlide(
        pair.a().words(),
        pair.b().words(),
        pair.a().frame(),
        pair.b().frame(),
        pair.a().count(),
        pair.b().count(),
        prompts);
  }

  /** The term of {@code side}. */
  public String term(Side side) {
    return side == Side.A ? left : right;
  }

  /** The frame of {@code side}'s term. */
  public TagKind frame(Side side) {
    return side == Side.A ? leftFrame : rightFrame;
  }

  /** How many times {@code side}'s term is tagged there. */
  public int count(Side side) {
    return side == Side.A ? leftCount : rightCount;
  }

  /** Whether both terms carry the same frame. */
  public boolean sameFrame() {
    return leftFrame.id().equals(rightFrame.id());
  }
}
