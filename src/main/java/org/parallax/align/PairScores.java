package org.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scored pairs that have something in common (a raw score above 0), found by their two
 * positions: row by side-A claim, each row ordered by side-B claim, so a neighbouring pair is
 * looked up without hashing. When the same two claims are given twice, the later pair counts.
 */
final class PairScores {
  private static final ScoredPair[] NONE = {};
  private static final Comparator<ScoredPair> BY_B = Comparator.comparingInt(ScoredPair::b);

  private final ScoredPair[][] rows;

  /**
   * @param pairs the scored pairs, in any order
   * @param sizeA how many claims side A has
   */
  PairScores(List<ScoredPair> pairs, int sizeA) {
    int[] count = new int[sizeA];
    for (ScoredPair p : pairs) {
      if (p.raw() > 0) {
        count[p.a()]++;
      }
    }
    rows = new ScoredPair[sizeA][];
    for (int a = 0; a < sizeA; a++) {
      rows[a] = count[a] == 0 ? NONE : new ScoredPair[count[a]];
    }
    int[] filled = new int[sizeA];
    for (ScoredPair p : pairs) {
      if (p.raw() > 0) {
        rows[p.a()][filled[p.a()]++] = p;
      }
    }
    for (int a = 0; a < sizeA; a++) {
      rows[a] = withoutRepeats(rows[a]);
    }
  }

  /** {@code row} ordered by side-B claim (stable), keeping the last of pairs of the same claims. */
  private static ScoredPair[] withoutRepeats(ScoredPair[] row) {
    Arrays.sort(row, BY_B);
    List<ScoredPair> kept = new ArrayList<>(row.length);
    for (int i = 0; i < row.length; i++) {
      if (i + 1 == row.length || row[i + 1].b() != row[i].b()) {
        kept.add(row[i]);
      }
    }
    return kept.size() == row.length ? row : kept.toArray(ScoredPair[]::new);
  }

  /** Each pair once, side-A claim by claim, each claim's partners in side-B order. */
  void forEach(Consumer<ScoredPair> action) {
    for (ScoredPair[] row : rows) {
      for (ScoredPair p : row) {
        action.accept(p);
      }
    }
  }

  /**
   * The (margin-adjusted) score of the pair of side-A position {@code a} and side-B position {@code
   * b}; 0 when the two claims are no pair here or lie outside the sides.
   */
  double score(int a, int b) {
    if (a < 0 || a >= rows.length) {
      return 0;
    }
    ScoredPair[] row = rows[a];
    int low = 0;
    int high = row.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = row[mid].b();
      if (at < b) {
        low = mid + 1;
      } else if (at > b) {
        high = mid - 1;
      } else {
        return row[mid].score();
      }
    }
    return 0;
  }
}
