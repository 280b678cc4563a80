package org.parallax.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/**
 * The term pairs of a comparison ({@link TermPair}): every two tags paired across the essays
 * ({@link TermTag#pairedWith()}), grouped by their words compared ignoring case and runs of spaces,
 * so "Khankendi" paired four times with "Stepanakert" is one pair. Rejected tags never count; the
 * others count when the caller's filter keeps their status (both tags of a pair must be counted).
 * This one grouping feeds the window's term-pairs view, the handout's term table, the presentation
 * deck and the discussion prompts. Swapping the sides swaps every pair's two terms and changes
 * nothing else.
 */
public final class TermPairs {
  private static final String GREY = "#9e9e9e";

  private TermPairs() {}

  /** The pairs of tags with any status but rejected, in the reading order of {@code order}. */
  public static List<TermPair> of(Comparison c, Side order) {
    return of(c, order, status -> true);
  }

  /**
   * The pairs of the tags whose status {@code counted} keeps (rejected tags never), in the order
   * {@code order}'s essay first uses them; a pair's counts count the same tags.
   */
  public static List<TermPair> of(Comparison c, Side order, Predicate<LinkStatus> counted) {
    List<TermTag> tags =
        c.terms().stream()
            .filter(t -> t.status() != LinkStatus.REJECTED && counted.test(t.status()))
            .sorted(
                Comparator.comparing((TermTag t) -> t.side() != order)
                    .thenComparingInt(TermTag::start))
            .toList();
    Map<String, TermTag> byId = new HashMap<>();
    tags.forEach(t -> byId.putIfAbsent(t.id(), t));
    Map<String, Integer> counts = new HashMap<>();
    tags.forEach(t -> counts.merge(key(t.side(), words(c, t)), 1, Integer::sum));
    Map<String, Group> groups = new LinkedHashMap<>();
    for (TermTag tag : tags) {
      TermTag partner = byId.get(tag.pairedWith());
      if (partner == null || partner.side() == tag.side()) {
        continue;
      }
      TermTag left = tag.side() == Side.A ? tag : partner;
      TermTag right = tag.side() == Side.A ? partner : tag;
      String pairKey = key(Side.A, words(c, left)) + key(Side.B, words(c, right));
      groups.computeIfAbsent(pairKey, k -> new Group()).add(left, right);
    }
    List<TermPair> pairs = new ArrayList<>();
    for (Group g : groups.values()) {
      pairs.add(g.pair(c, counts));
    }
    return pairs;
  }

  /** The words a tag marks, spaces made single and trimmed. */
  public static String words(Comparison c, TermTag tag) {
    return c.document(tag.side()).slice(tag.start(), tag.end()).strip().replaceAll("\\s+", " ");
  }

  private static String key(Side side, String words) {
    return side + ":" + words.toLowerCase(Locale.ROOT) + "\u0000";
  }

  /** The tags of one pair of words as they are met. */
  private static final class Group {
    private final Set<TermTag> left = new LinkedHashSet<>();
    private final Set<TermTag> right = new LinkedHashSet<>();
    private final Set<String> ids = new LinkedHashSet<>();

    void add(TermTag a, TermTag b) {
      left.add(a);
      right.add(b);
      ids.add(a.id());
      ids.add(b.id());
    }

    TermPair pair(Comparison c, Map<String, Integer> counts) {
      boolean suggested =
          left.stream().anyMatch(t -> t.status() == LinkStatus.SUGGESTED)
              || right.stream().anyMatch(t -> t.status() == LinkStatus.SUGGESTED);
      return new TermPair(
          term(c, left, counts),
          term(c, right, counts),
          suggested ? LinkStatus.SUGGESTED : LinkStatus.CONFIRMED,
          List.copyOf(ids));
    }

    private static TermPair.Term term(
        Comparison c, Set<TermTag> tags, Map<String, Integer> counts) {
      List<TermTag> inText = tags.stream().sorted(Comparator.comparingInt(TermTag::start)).toList();
      String words = TermPairs.words(c, inText.get(0));
      Set<String> frameIds = new LinkedHashSet<>();
      inText.forEach(t -> frameIds.add(t.frame()));
      List<TagKind> frames = frameIds.stream().map(id -> frame(c, id)).toList();
      return new TermPair.Term(words, frames, counts.get(key(inText.get(0).side(), words)), inText);
    }
  }

  /** The frame kind called {@code id}; a grey kind named by its id when the codebook lacks it. */
  static TagKind frame(Comparison c, String id) {
    return c.codebook()
        .find(TagTarget.TERM, id)
        .orElseGet(() -> new TagKind(id, TagTarget.TERM, id, GREY, ""));
  }
}
