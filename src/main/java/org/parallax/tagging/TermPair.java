package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;

/**
 * Two framing terms the reader (or the lexicon) paired across the essays, grouped by their words:
 * "A says <i>Khankendi</i> where B says <i>Stepanakert</i>", however many times each is tagged and
 * paired.
 *
 * @param a the left essay's term
 * @param b the right essay's term
 * @param status {@link LinkStatus#SUGGESTED} while any of its tags is a suggestion the reader has
 *     not accepted, else {@link LinkStatus#CONFIRMED}
 * @param tagIds the ids of its paired tags, each once, in the order the pairs are met (the left tag
 *     of each pair before the right one)
 */
public record TermPair(Term a, Term b, LinkStatus status, List<String> tagIds) {

  public TermPair {
    tagIds = List.copyOf(tagIds);
  }

  /** The term of {@code side}. */
  public Term term(Side side) {
    return side == Side.A ? a : b;
  }

  /** Whether the reader has confirmed every tag of the pair. */
  public boolean confirmed() {
    return status == LinkStatus.CONFIRMED;
  }

  /**
   * One side's term of a pair.
   *
   * @param words its words as first tagged in the text, spaces made single
   * @param frames the frames its paired tags carry, each once, in text order (never empty)
   * @param count how often the side uses the words: its counted tags of them, paired or not
   *     (compared ignoring case), each tag once however many pairs it is in
   * @param tags its tags in the pair, in text order (never empty)
   */
  public record Term(String words, List<TagKind> frames, int count, List<TermTag> tags) {
    public Term {
      frames = List.copyOf(frames);
      tags = List.copyOf(tags);
      if (tags.isEmpty() || frames.isEmpty()) {
        throw new IllegalArgumentException("a paired term has at least one tag");
      }
    }

    /** The frame of its first paired tag. */
    public TagKind frame() {
      return frames.get(0);
    }

    /** Its first paired tag in the text, where the reader is taken to see it. */
    public TermTag first() {
      return tags.get(0);
    }

    /** The ids of its tags in the pair, in text order. */
    public List<String> tagIds() {
      List<String> ids = new ArrayList<>();
      tags.forEach(t -> ids.add(t.id()));
      return ids;
    }
  }
}
