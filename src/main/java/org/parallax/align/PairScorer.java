package org.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.parallax.task.Progress;

/**
 * Scores candidate pairs: a weighted mean of the signals, then margin scoring. A pair's margin
 * penalty is {@code marginWeight} times the mean of the two claims' neighbourhood scores, where a
 * claim's neighbourhood is its k best other partners. A claim that resembles many claims of the
 * other side (a generic statement) therefore gains little from any one of them, while a pair that
 * stands out from both claims' neighbours keeps most of its score.
 */
final class PairScorer {
  /** A signal with its weight. */
  record Weighted(PairSignal signal, double weight) {}

  private final Corpus corpus;
  private final List<Weighted> signals;
  private final double totalWeight;

  PairScorer(Corpus corpus, List<Weighted> signals) {
    this.corpus = corpus;
    this.signals = List.copyOf(signals);
    this.totalWeight = signals.stream().mapToDouble(Weighted::weight).sum();
  }

  /**
   * The weighted mean of the signals for side-A position {@code a} and side-B position {@code b}.
   */
  double raw(int a, int b) {
    double sum = 0;
    for (Weighted w : signals) {
      if (w.weight() > 0) {
        sum += w.weight() * w.signal().score(a, corpus.b(b));
      }
    }
    return Math.min(1, sum / totalWeight);
  }

  /** A raw score for side-A position {@code a} and side-B position {@code b}. */
  interface Raw {
    double of(int a, int b);
  }

  /** All candidate pairs with raw and margin-adjusted scores. */
  List<ScoredPair> score(
      List<TreeSet<Integer>> candidates, int k, double marginWeight, Progress progress) {
    return score(candidates, this::raw, k, marginWeight, progress);
  }

  /**
   * All candidate pairs with the raw scores {@code raw} gives instead of the signals' weighted
   * mean, and margin-adjusted as by {@link #score(List, int, double, Progress)}.
   */
  List<ScoredPair> score(
      List<TreeSet<Integer>> candidates, Raw raw, int k, double marginWeight, Progress progress) {
    int na = candidates.size();
    List<double[]> rows =
        IntStream.range(0, na)
            .parallel()
            .mapToObj(
                a -> {
                  if (a % 256 == 0) {
                    progress.checkCancelled();
                  }
                  return candidates.get(a).stream().mapToDouble(b -> raw.of(a, b)).toArray();
                })
            .toList();
    int[] perB = new int[corpus.sizeB()];
    for (TreeSet<Integer> row : candidates) {
      for (int b : row) {
        perB[b]++;
      }
    }
    double[][] byB = new double[perB.length][];
    for (int b = 0; b < perB.length; b++) {
      byB[b] = new double[perB[b]];
    }
    int[] filled = new int[perB.length];
    for (int a = 0; a < na; a++) {
      int i = 0;
      for (int b : candidates.get(a)) {
        byB[b][filled[b]++] = rows.get(a)[i++];
      }
    }
    double[][] bestOfB = new double[byB.length][];
    for (int b = 0; b < byB.length; b++) {
      bestOfB[b] = top(byB[b], k + 1);
    }
    List<ScoredPair> pairs = new ArrayList<>();
    for (int a = 0; a < na; a++) {
      double[] bestOfA = top(rows.get(a), k + 1);
      int i = 0;
      for (int b : candidates.get(a)) {
        double own = rows.get(a)[i++];
        double neighbours =
            (neighbourhood(bestOfA, own, k) + neighbourhood(bestOfB[b], own, k)) / 2;
        double score = Math.max(0, Math.min(1, own - marginWeight * neighbours));
        pairs.add(new ScoredPair(a, b, own, score));
      }
    }
    return pairs;
  }

  /** The (at most) n highest of {@code values}, descending; {@code values} is left as it was. */
  private static double[] top(double[] values, int n) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] best = new double[Math.min(n, sorted.length)];
    for (int i = 0; i < best.length; i++) {
      best[i] = sorted[sorted.length - 1 - i];
    }
    return best;
  }

  /**
   * Mean of the k best values other than (one occurrence of) {@code own}; over fewer when the claim
   * has fewer other candidates, and 0 when it has none.
   */
  private static double neighbourhood(double[] best, double own, int k) {
    double sum = 0;
    boolean skipped = false;
    int taken = 0;
    for (double value : best) {
      if (!skipped && value == own) {
        skipped = true;
        continue;
      }
      if (taken < k) {
        sum += value;
        taken++;
      }
    }
    return taken == 0 ? 0 : sum / taken;
  }
}
