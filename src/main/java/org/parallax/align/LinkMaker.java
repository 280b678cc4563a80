package org.parallax.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.parallax.model.Claim;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

/**
 * Turns scored pairs into suggested links. A pair is kept when it clears the minimum score and is
 * near the best of both its claims (within {@code groupRatio}); so each claim keeps its best
 * partner and any partner almost as good. Kept pairs sharing a claim form a 1-n or n-1 link (a
 * star); where kept pairs would form a tangle, the claim with the most partners takes its star
 * first. Stars then take in neighbouring claims that belong with them ({@link NeighbourExpansion}).
 * A link scores as its best pair, so no suggestion scores below the minimum. Position in the texts
 * only breaks exact ties.
 */
final class LinkMaker {
  private final AlignmentSettings settings;
  private final int[] paragraphA;
  private final int[] paragraphB;

  /**
   * @param paragraphA each side-A claim's paragraph, as {@link NeighbourExpansion#paragraphs} gives
   * @param paragraphB each side-B claim's paragraph
   */
  LinkMaker(AlignmentSettings settings, int[] paragraphA, int[] paragraphB) {
    this.settings = settings;
    this.paragraphA = paragraphA;
    this.paragraphB = paragraphB;
  }

  /**
   * @param explain builds the reasons for one A×B position pair
   * @param minScore the lowest score a suggestion may have
   */
  List<Link> links(
      List<ScoredPair> pairs,
      List<Claim> claimsA,
      List<Claim> claimsB,
      BiFunction<Integer, Integer, Reasons> explain,
      double minScore) {
    double[] bestA = new double[claimsA.size()];
    double[] bestB = new double[claimsB.size()];
    for (ScoredPair p : pairs) {
      bestA[p.a()] = Math.max(bestA[p.a()], p.score());
      bestB[p.b()] = Math.max(bestB[p.b()], p.score());
    }
    Comparator<ScoredPair> order =
        Comparator.comparingDouble((ScoredPair p) -> -p.score())
            .thenComparingDouble(p -> positionGap(p, claimsA.size(), claimsB.size()))
            .thenComparingInt(ScoredPair::a)
            .thenComparingInt(ScoredPair::b);
    List<ScoredPair> kept = new ArrayList<>();
    for (ScoredPair p : pairs) {
      if (p.score() >= minScore
          && p.score() >= settings.groupRatio() * bestA[p.a()]
          && p.score() >= settings.groupRatio() * bestB[p.b()]) {
        kept.add(p);
      }
    }
    kept.sort(order);
    List<List<ScoredPair>> stars =
        new NeighbourExpansion(pairs, bestA, bestB, paragraphA, paragraphB, settings)
            .grow(stars(kept));
    List<Link> links = new ArrayList<>();
    stars.sort(
        Comparator.comparingDouble((List<ScoredPair> s) -> -best(s))
            .thenComparing(s -> s.get(0), order));
    for (List<ScoredPair> star : stars) {
      Reasons reasons = new Reasons();
      TreeSet<Integer> as = new TreeSet<>();
      TreeSet<Integer> bs = new TreeSet<>();
      for (ScoredPair p : star) {
        as.add(p.a());
        bs.add(p.b());
        reasons.absorb(explain.apply(p.a(), p.b()));
      }
      links.add(
          new Link(
              "L" + (links.size() + 1),
              as.stream().map(i -> claimsA.get(i).id()).toList(),
              bs.stream().map(i -> claimsB.get(i).id()).toList(),
              LinkStatus.SUGGESTED,
              "",
              Math.round(best(star) * 1000) / 1000.0,
              reasons.toList(),
              "",
              "",
              null,
              null));
    }
    return links;
  }

  /**
   * Splits kept pairs (best first) into stars of at most {@code maxPartners} leaves: the best
   * unused pair's claim with more kept partners becomes a centre and takes its unused pairs.
   */
  private List<List<ScoredPair>> stars(List<ScoredPair> kept) {
    Map<Integer, List<ScoredPair>> byA = new HashMap<>();
    Map<Integer, List<ScoredPair>> byB = new HashMap<>();
    for (ScoredPair p : kept) {
      byA.computeIfAbsent(p.a(), x -> new ArrayList<>()).add(p);
      byB.computeIfAbsent(p.b(), x -> new ArrayList<>()).add(p);
    }
    Set<ScoredPair> used = new HashSet<>();
    List<List<ScoredPair>> stars = new ArrayList<>();
    for (ScoredPair top : kept) {
      if (used.contains(top)) {
        continue;
      }
      List<ScoredPair> around =
          byA.get(top.a()).size() >= byB.get(top.b()).size() ? byA.get(top.a()) : byB.get(top.b());
      List<ScoredPair> star = new ArrayList<>();
      for (ScoredPair p : around) {
        if (!used.contains(p) && star.size() < settings.maxPartners()) {
          star.add(p);
          used.add(p);
        }
      }
      stars.add(star);
    }
    return stars;
  }

  /**
   * A link's score: that of its best pair, which cleared the minimum score. (Claims a star took in
   * as neighbours may score less; a mean would let them pull a link below the minimum it was kept
   * for.)
   */
  private static double best(List<ScoredPair> star) {
    return star.stream().mapToDouble(ScoredPair::score).max().orElse(0);
  }

  private static double positionGap(ScoredPair p, int na, int nb) {
    return Math.abs((p.a() + 0.5) / na - (p.b() + 0.5) / nb);
  }
}
