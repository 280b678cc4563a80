package org.parallax.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/**
 * The framing-term pairs of a deck: every pair of tags the reader paired across the essays ({@link
 * TermTag#pairedWith()}), one slide per pair of words (compared ignoring case), in the order the
 * chosen side first uses them. Rejected tags never count; other tags count when the filter keeps
 * their status.
 */
final class TermPairs {
  private final Comparison c;
  private final Side order;
  private final List<TermTag> shown;

  TermPairs(Comparison c, Side order, Set<LinkStatus> statuses) {
    this.c = c;
    this.order = order;
    this.shown =
        c.terms().stream()
            .filter(t -> t.status() != LinkStatus.REJECTED)
            .filter(t -> statuses.isEmpty() || statuses.contains(t.status()))
            .toList();
  }

  /** The term tags the deck counts. */
  List<TermTag> shownTags() {
    return shown;
  }

  List<TermPairSlide> slides(DeckPrompts prompts) {
    Map<String, TermTag> byId = new HashMap<>();
    shown.forEach(t -> byId.putIfAbsent(t.id(), t));
    Map<String, Integer> counts = new HashMap<>();
    shown.forEach(t -> counts.merge(key(t.side(), words(t)), 1, Integer::sum));
    Map<String, TermTag[]> pairs = new LinkedHashMap<>();
    Map<String, List<String>> tagIds = new HashMap<>();
    List<TermTag> inOrder =
        shown.stream()
            .filter(t -> t.side() == order)
            .sorted(Comparator.comparingInt(TermTag::start))
            .toList();
    for (TermTag tag : inOrder) {
      TermTag partner = byId.get(tag.pairedWith());
      if (partner == null || partner.side() == tag.side()) {
        continue;
      }
      TermTag left = tag.side() == Side.A ? tag : partner;
      TermTag right = tag.side() == Side.A ? partner : tag;
      String pairKey = key(Side.A, words(left)) + key(Side.B, words(right));
      pairs.putIfAbsent(pairKey, new TermTag[] {left, right});
      tagIds
          .computeIfAbsent(pairKey, k -> new ArrayList<>())
          .addAll(List.of(left.id(), right.id()));
    }
    List<TermPairSlide> slides = new ArrayList<>();
    for (Map.Entry<String, TermTag[]> entry : pairs.entrySet()) {
      TermTag[] pair = entry.getValue();
      slides.add(
          new TermPairSlide(
              words(pair[0]),
              words(pair[1]),
              Kinds.of(c, TagTarget.TERM, pair[0].frame()),
              Kinds.of(c, TagTarget.TERM, pair[1].frame()),
              counts.get(key(Side.A, words(pair[0]))),
              counts.get(key(Side.B, words(pair[1]))),
              prompts.about(tagIds.get(entry.getKey()))));
    }
    return slides;
  }

  private String words(TermTag tag) {
    return c.document(tag.side()).slice(tag.start(), tag.end()).strip().replaceAll("\\s+", " ");
  }

  private static String key(Side side, String words) {
    return side + ":" + words.toLowerCase(Locale.ROOT) + "\u0000";
  }
}
