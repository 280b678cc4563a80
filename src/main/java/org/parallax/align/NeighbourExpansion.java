package org.parallax.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.parallax.model.Block;
import org.parallax.model.Claim;
import org.parallax.model.Document;

/**
 * Grows links over consecutive claims. One claim often answers two or three consecutive sentences
 * of the other side, and the later ones say little on their own ("Much is made of jobs. Fewer than
 * half of the quarry's workers live in the parish."), so they miss the margin rule. A claim next to
 * one of a link's claims, in the same paragraph and not in any link yet, joins the link when the
 * link's claim on the other side is its own best partner and their combined score reaches {@link
 * AlignmentSettings#neighbourMinScore()}. A link stays a star (one claim against up to {@link
 * AlignmentSettings#maxPartners()}): a 1-1 link may grow on either side, a 1-n link only among its
 * n.
 */
final class NeighbourExpansion {
  private final List<ScoredPair> pairs;
  private final Map<Long, ScoredPair> byPosition = new HashMap<>();
  private final double[] bestA;
  private final double[] bestB;
  private final int[] paragraphA;
  private final int[] paragraphB;
  private final AlignmentSettings settings;

  /**
   * @param pairs all scored pairs
   * @param bestA each side-A claim's best score
   * @param bestB each side-B claim's best score
   * @param paragraphA each side-A claim's paragraph (see {@link #paragraphs})
   * @param paragraphB each side-B claim's paragraph
   */
  NeighbourExpansion(
      List<ScoredPair> pairs,
      double[] bestA,
      double[] bestB,
      int[] paragraphA,
      int[] paragraphB,
      AlignmentSettings settings) {
    this.pairs = pairs;
    this.bestA = bestA;
    this.bestB = bestB;
    this.paragraphA = paragraphA;
    this.paragraphB = paragraphB;
    this.settings = settings;
  }

  /**
   * Each claim's paragraph: the index of the block of {@code document} that holds its start, or a
   * number of its own (below zero) when no block does, so that it has no neighbours.
   *
   * @param claims claims of {@code document} in text order
   */
  static int[] paragraphs(Document document, List<Claim> claims) {
    List<Block> blocks = document.blocks();
    int[] paragraph = new int[claims.size()];
    int block = 0;
    for (int i = 0; i < claims.size(); i++) {
      int start = claims.get(i).start();
      while (block < blocks.size() && blocks.get(block).end() <= start) {
        block++;
      }
      boolean inside = block < blocks.size() && blocks.get(block).start() <= start;
      paragraph[i] = inside ? block : -1 - i;
    }
    return paragraph;
  }

  /** The stars with their neighbours added, in the same order; the lists are changed in place. */
  List<List<ScoredPair>> grow(List<List<ScoredPair>> stars) {
    Set<Integer> usedA = new HashSet<>();
    Set<Integer> usedB = new HashSet<>();
    for (List<ScoredPair> star : stars) {
      star.forEach(p -> usedA.add(p.a()));
      star.forEach(p -> usedB.add(p.b()));
    }
    for (ScoredPair p : pairs) {
      if (usedA.contains(p.a()) || usedB.contains(p.b())) {
        byPosition.put(key(p.a(), p.b()), p);
      }
    }
    for (List<ScoredPair> star : stars) {
      for (ScoredPair next = next(star, usedA, usedB);
          next != null;
          next = next(star, usedA, usedB)) {
        star.add(next);
        usedA.add(next.a());
        usedB.add(next.b());
      }
    }
    return stars;
  }

  /** The best neighbour pair that may join {@code star}, or null. */
  private ScoredPair next(List<ScoredPair> star, Set<Integer> usedA, Set<Integer> usedB) {
    Set<Integer> as = new HashSet<>();
    Set<Integer> bs = new HashSet<>();
    star.forEach(p -> as.add(p.a()));
    star.forEach(p -> bs.add(p.b()));
    ScoredPair best = null;
    if (as.size() == 1 && bs.size() < settings.maxPartners()) {
      int a = star.get(0).a();
      best = bestNeighbour(best, bs, usedB, paragraphB, bestB, n -> byPosition.get(key(a, n)));
    }
    if (bs.size() == 1 && as.size() < settings.maxPartners()) {
      int b = star.get(0).b();
      best = bestNeighbour(best, as, usedA, paragraphA, bestA, n -> byPosition.get(key(n, b)));
    }
    return best;
  }

  /**
   * The better of {@code best} and the pairs that join a claim next to one of {@code grown} (same
   * paragraph, in no link yet) to the star's single claim on the other side.
   *
   * @param pairWith the scored pair of a neighbour and that single claim, or null
   */
  private ScoredPair bestNeighbour(
      ScoredPair best,
      Set<Integer> grown,
      Set<Integer> used,
      int[] paragraph,
      double[] ownBest,
      IntFunction<ScoredPair> pairWith) {
    for (int claim : grown) {
      for (int n : new int[] {claim - 1, claim + 1}) {
        if (n >= 0
            && n < paragraph.length
            && !used.contains(n)
            && paragraph[n] == paragraph[claim]) {
          best = better(best, pairWith.apply(n), ownBest[n]);
        }
      }
    }
    return best;
  }

  /**
   * {@code candidate} if it may join (it clears the floor and no pair of its new claim scores
   * higher, {@code ownBest}) and has a higher combined score than {@code best}; else {@code best}.
   */
  private ScoredPair better(ScoredPair best, ScoredPair candidate, double ownBest) {
    boolean joins =
        candidate != null
            && candidate.raw() >= settings.neighbourMinScore()
            && candidate.score() >= ownBest;
    return joins && (best == null || candidate.raw() > best.raw()) ? candidate : best;
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }
}
