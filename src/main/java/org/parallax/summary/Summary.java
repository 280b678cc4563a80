package org.parallax.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.tagging.Blindspots;
import org.parallax.tagging.ComparisonNames;

/**
 * The figures of a comparison, from the reader's confirmed work only (suggestions are nobody's
 * judgement yet): links per relation, and per side its share of claims with a counterpart, its term
 * tags per frame, its most tagged terms and where its links fall. Swapping the sides swaps the
 * sides' figures and changes nothing else.
 *
 * @param relations confirmed links per relation: every relation of the codebook in its order (zero
 *     included), then the links without a relation when there are any
 * @param a the left essay's figures
 * @param b the right essay's figures
 */
public record Summary(List<Tally> relations, SideSummary a, SideSummary b) {
  /** How many terms each side lists. */
  public static final int TOP_TERMS = 10;

  /** The label of confirmed links whose relation is not set yet. */
  public static final String NO_RELATION = "No relation yet";

  private static final String GREY = "#9e9e9e";

  public Summary {
    relations = List.copyOf(relations);
  }

  public SideSummary side(Side side) {
    return side == Side.A ? a : b;
  }

  /** The summary of {@code c}. */
  public static Summary of(Comparison c) {
    List<Link> confirmed =
        c.links().stream().filter(l -> l.status() == LinkStatus.CONFIRMED).toList();
    return new Summary(
        relations(c, confirmed), side(c, Side.A, confirmed), side(c, Side.B, confirmed));
  }

  private static List<Tally> relations(Comparison c, List<Link> confirmed) {
    List<Tally> tallies = new ArrayList<>();
    for (TagKind kind : c.codebook().kinds(TagTarget.LINK)) {
      int n = (int) confirmed.stream().filter(l -> l.relation().equals(kind.id())).count();
      tallies.add(new Tally(kind.id(), kind.label(), kind.colour(), n));
    }
    int unset = (int) confirmed.stream().filter(l -> l.relation().isEmpty()).count();
    int unknown =
        (int)
            confirmed.stream()
                .filter(l -> !l.relation().isEmpty())
                .filter(l -> c.codebook().find(TagTarget.LINK, l.relation()).isEmpty())
                .count();
    if (unset + unknown > 0) {
      tallies.add(new Tally("", NO_RELATION, GREY, unset + unknown));
    }
    return tallies;
  }

  private static SideSummary side(Comparison c, Side side, List<Link> confirmed) {
    List<Claim> claims = c.claims(side);
    int unmatched = Blindspots.unmatched(c, side).size();
    List<TermTag> terms =
        c.terms().stream()
            .filter(t -> t.side() == side && t.status() == LinkStatus.CONFIRMED)
            .sorted(Comparator.comparingInt(TermTag::start))
            .toList();
    return new SideSummary(
        ComparisonNames.sideName(c, side),
        claims.size(),
        claims.size() - unmatched,
        frames(c, terms),
        topTerms(c, side, terms),
        marks(c, side, confirmed));
  }

  private static List<Tally> frames(Comparison c, List<TermTag> terms) {
    Map<String, Integer> n = new LinkedHashMap<>();
    terms.forEach(t -> n.merge(t.frame(), 1, Integer::sum));
    List<Tally> tallies = new ArrayList<>();
    for (TagKind kind : c.codebook().kinds(TagTarget.TERM)) {
      Integer count = n.remove(kind.id());
      if (count != null) {
        tallies.add(new Tally(kind.id(), kind.label(), kind.colour(), count));
      }
    }
    n.forEach((id, count) -> tallies.add(new Tally(id, id, GREY, count)));
    return tallies;
  }

  private static List<TermUse> topTerms(Comparison c, Side side, List<TermTag> terms) {
    Map<String, String> firstWords = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (TermTag t : terms) {
      String words = c.document(side).slice(t.start(), t.end()).replaceAll("\\s+", " ").strip();
      String key = words.toLowerCase(Locale.ROOT);
      firstWords.putIfAbsent(key, words);
      counts.merge(key, 1, Integer::sum);
    }
    List<String> keys = new ArrayList<>(firstWords.keySet());
    // Most tagged first; ties in the order the essay first uses them.
    keys.sort(Comparator.comparingInt((String k) -> -counts.get(k)));
    return keys.stream()
        .limit(TOP_TERMS)
        .map(k -> new TermUse(firstWords.get(k), counts.get(k)))
        .toList();
  }

  private static List<LinkMark> marks(Comparison c, Side side, List<Link> confirmed) {
    int length = Math.max(1, c.document(side).text().length());
    List<LinkMark> marks = new ArrayList<>();
    for (Link link : confirmed) {
      int start = Integer.MAX_VALUE;
      for (String id : link.claims(side)) {
        start = Math.min(start, c.claim(id).map(Claim::start).orElse(Integer.MAX_VALUE));
      }
      if (start == Integer.MAX_VALUE) {
        continue;
      }
      TagKind kind = c.codebook().find(TagTarget.LINK, link.relation()).orElse(null);
      marks.add(
          new LinkMark(
              link.id(),
              Math.min(1, (double) start / length),
              link.relation(),
              kind == null ? GREY : kind.colour()));
    }
    marks.sort(Comparator.comparingDouble(LinkMark::position));
    return marks;
  }
}
