package org.parallax.align;

import java.util.Arrays;
import java.util.List;

/**
 * One claim's best pairs so far, in the runners-up table's order: higher ranking score first, then
 * higher raw score, then the partner that comes first in its text. A small sorted buffer of at most
 * {@code depth} pairs, cheap for a small depth; it keeps exactly what sorting all of the claim's
 * pairs and cutting the list would keep.
 */
final class BestPairs {
  private final ScoredPair[] best;
  private final boolean ofSideA;
  private int size;

  /**
   * @param depth how many pairs to keep
   * @param ofSideA whether the claim is on side A (its partners are then side B's claims)
   */
  BestPairs(int depth, boolean ofSideA) {
    this.best = new ScoredPair[depth];
    this.ofSideA = ofSideA;
  }

  void offer(ScoredPair p) {
    if (best.length == 0 || (size == best.length && !before(p, best[size - 1]))) {
      return;
    }
    int at = size < best.length ? size++ : size - 1;
    while (at > 0 && before(p, best[at - 1])) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = p;
  }

  /** The pairs kept, best first. */
  List<ScoredPair> list() {
    return Arrays.asList(best).subList(0, size);
  }

  /** Whether {@code p} itself is among the first {@code n} pairs kept. */
  boolean amongFirst(ScoredPair p, int n) {
    for (int i = 0; i < Math.min(n, size); i++) {
      if (best[i] == p) {
        return true;
      }
    }
    return false;
  }

  private boolean before(ScoredPair p, ScoredPair q) {
    int order = Double.compare(-p.score(), -q.score());
    if (order == 0) {
      order = Double.compare(-p.raw(), -q.raw());
    }
    if (order == 0) {
      order = ofSideA ? Integer.compare(p.b(), q.b()) : Integer.compare(p.a(), q.a());
    }
    return order < 0;
  }
}
