package org.parallax.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

/**
 * Learns from the reader's decisions on one essay pair and suggests the undecided links again.
 * Confirmed links (accepted suggestions, hand-made links, links given a relation) are evidence that
 * their claim pairs belong together; rejected links, that theirs do not.
 *
 * <p>The aligner keeps a pair when the weighted mean of its signals, less the margin, clears the
 * minimum score. Read as a classifier, that is a linear rule {@code θ·z ≥ t}, where {@code z} is
 * the pair's signal values less the margin share of its neighbours' values. The learner fits {@code
 * θ} and {@code t} by L2-regularised logistic regression whose prior mean is the shipped weights
 * and minimum score: a handful of decisions moves them little, many consistent ones move them far.
 * The neighbours are taken as the shipped weights rank them, which keeps the fit convex; the
 * suggestions are then made again from the scored pairs with the learned weights, the margin
 * computed exactly, by the aligner's own link rules. Rejected pairs are never suggested again and
 * decided pairs are left out of the new suggestions, so nothing the reader decided changes.
 *
 * <p>Pure and deterministic: Newton's method on a handful of parameters over the decided pairs,
 * then one rescoring of the table of candidate pairs (no signal runs again).
 */
public final class DecisionLearner {
  /** Prior strength and slope of the shipped learner; see docs/benchmarks.md (learning). */
  public static final DecisionLearner DEFAULT = new DecisionLearner(3, 20);

  private static final int MAX_STEPS = 50;

  /**
   * The log-odds of a link for a pair scoring exactly the minimum score: logit(0.3). A list that
   * maximises F1 keeps every pair more likely than half the F1 it reaches (about 0.6 here), so the
   * minimum score sits where a pair is a link three times in ten, not five.
   */
  private static final double AT_MIN_SCORE = Math.log(0.3 / 0.7);

  private final double priorStrength;
  private final double slope;

  /**
   * @param priorStrength how strongly the weights and minimum score are held to the shipped ones
   *     (the precision of the prior, per parameter); infinite keeps them, so only the exclusion of
   *     decided pairs changes the suggestions
   * @param slope how sharply the probability of a link rises with its score around the minimum
   *     score (logistic slope per unit of score)
   */
  public DecisionLearner(double priorStrength, double slope) {
    if (!(priorStrength > 0) || !(slope > 0)) {
      throw new IllegalArgumentException("prior strength and slope must be positive");
    }
    this.priorStrength = priorStrength;
    this.slope = slope;
  }

  /** A learner that keeps the shipped weights and only leaves decided pairs out. */
  public static DecisionLearner withoutRefitting() {
    return new DecisionLearner(Double.POSITIVE_INFINITY, 10);
  }

  /**
   * What the decisions taught.
   *
   * @param signals the signals' names
   * @param weights their learned weights, summing to 1, in the order of {@code signals}
   * @param minScore the learned minimum score
   * @param positives how many decided claim pairs belong together
   * @param negatives how many do not
   * @param suggestions the undecided suggestions made again, best first, ids {@code L1, L2, …};
   *     none of them holds a decided claim pair
   */
  public record Learned(
      List<String> signals,
      double[] weights,
      double minScore,
      int positives,
      int negatives,
      List<Link> suggestions) {
    public Learned {
      signals = List.copyOf(signals);
      weights = weights.clone();
      suggestions = List.copyOf(suggestions);
    }

    /** The learned weight of the signal called {@code signal}, or 0 if it took no part. */
    public double weight(String signal) {
      int i = signals.indexOf(signal);
      return i < 0 ? 0 : weights[i];
    }
  }

  /**
   * Learns from {@code decisions} (the reader's links; suggested ones are ignored) on the pair the
   * features come from, and makes its undecided suggestions again.
   */
  public Learned learn(PairFeatures features, Collection<Link> decisions) {
    Map<Long, Boolean> decided = decided(features, decisions);
    double[] prior = priorWeights(features);
    double priorMin = features.settings().minScore(features.withMeaning());
    double[] weights = prior;
    double minScore = priorMin;
    if (!decided.isEmpty() && Double.isFinite(priorStrength)) {
      double[] fitted = fit(features, decided, prior, priorMin);
      weights = new double[prior.length];
      double sum = 0;
      for (int s = 0; s < prior.length; s++) {
        weights[s] = Math.max(0, fitted[s]);
        sum += weights[s];
      }
      if (sum <= 1e-9) {
        weights = prior;
      } else {
        for (int s = 0; s < prior.length; s++) {
          weights[s] /= sum;
        }
        minScore = Math.max(0, Math.min(1, fitted[prior.length] / sum));
      }
    }
    Set<Long> rejected = new HashSet<>();
    decided.forEach(
        (pair, belongs) -> {
          if (!belongs) {
            rejected.add(pair);
          }
        });
    List<Link> suggestions =
        undecided(features, features.suggest(weights, minScore, rejected), decided.keySet());
    int positives = (int) decided.values().stream().filter(b -> b).count();
    return new Learned(
        features.signals(), weights, minScore, positives, decided.size() - positives, suggestions);
  }

  /** The shipped weights of the features' signals, summing to 1. */
  private static double[] priorWeights(PairFeatures features) {
    AlignmentSettings settings = features.settings();
    double[] w =
        features.signals().stream()
            .mapToDouble(
                name ->
                    switch (name) {
                      case Signals.MEANING -> settings.meaningWeight();
                      case Signals.WORDS -> settings.wordsWeight();
                      case Signals.NAMES -> settings.namesWeight();
                      default -> 0;
                    })
            .toArray();
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    for (int s = 0; s < w.length; s++) {
      w[s] = sum > 0 ? w[s] / sum : 1.0 / w.length;
    }
    return w;
  }

  /**
   * Each decided claim pair (by position key) and whether it belongs together; a pair both
   * confirmed and rejected counts as confirmed.
   */
  private static Map<Long, Boolean> decided(PairFeatures features, Collection<Link> decisions) {
    Map<Long, Boolean> decided = new LinkedHashMap<>();
    for (Link link : decisions) {
      if (link.status() == LinkStatus.SUGGESTED) {
        continue;
      }
      boolean belongs = link.status() == LinkStatus.CONFIRMED;
      for (String aId : link.aClaims()) {
        for (String bId : link.bClaims()) {
          int a = features.position(aId);
          int b = features.position(bId);
          if (a >= 0 && b >= 0 && a < features.sizeA() && b < features.sizeB()) {
            decided.merge(PairFeatures.key(a, b), belongs, Boolean::logicalOr);
          }
        }
      }
    }
    return decided;
  }

  /**
   * Fits {@code (θ, t)} by Newton's method on the penalised negative log-likelihood of the
   * decisions; returns θ followed by t.
   */
  private double[] fit(
      PairFeatures features, Map<Long, Boolean> decided, double[] prior, double priorMin) {
    int n = prior.length + 1;
    double[] mean = new double[n];
    System.arraycopy(prior, 0, mean, 0, prior.length);
    mean[prior.length] = priorMin;
    Margins margins = new Margins(features, prior);
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    decided.forEach(
        (pair, belongs) -> {
          double[] z = margins.adjusted((int) (pair >> 32), (int) (long) pair);
          double[] row = new double[n];
          for (int s = 0; s < z.length; s++) {
            row[s] = slope * z[s];
          }
          row[z.length] = -slope;
          rows.add(row);
          labels.add(belongs);
        });
    double precision = priorStrength * slope * slope / 4;
    double[] p = mean.clone();
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int i = 0; i < n; i++) {
        gradient[i] = precision * (p[i] - mean[i]);
        hessian[i][i] = precision;
      }
      for (int r = 0; r < rows.size(); r++) {
        double[] v = rows.get(r);
        double f = AT_MIN_SCORE;
        for (int i = 0; i < n; i++) {
          f += v[i] * p[i];
        }
        double prob = 1 / (1 + Math.exp(-f));
        double residual = prob - (labels.get(r) ? 1 : 0);
        double curvature = prob * (1 - prob);
        for (int i = 0; i < n; i++) {
          gradient[i] += residual * v[i];
          for (int j = 0; j < n; j++) {
            hessian[i][j] += curvature * v[i] * v[j];
          }
        }
      }
      double[] move = solve(hessian, gradient);
      double largest = 0;
      for (int i = 0; i < n; i++) {
        p[i] -= move[i];
        largest = Math.max(largest, Math.abs(move[i]));
      }
      if (largest < 1e-10) {
        break;
      }
    }
    return p;
  }

  /**
   * Solves {@code m x = y} by Gaussian elimination with partial pivoting (m is positive definite).
   */
  static double[] solve(double[][] m, double[] y) {
    int n = y.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = new double[n + 1];
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n] = y[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int r = col + 1; r < n; r++) {
        double factor = a[r][col] / a[col][col];
        for (int c = col; c <= n; c++) {
          a[r][c] -= factor * a[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = a[r][n];
      for (int c = r + 1; c < n; c++) {
        sum -= a[r][c] * x[c];
      }
      x[r] = sum / a[r][r];
    }
    return x;
  }

  /**
   * The new suggestions without their decided claim pairs: a star loses its decided leaves, and a
   * link with nothing undecided left goes. Ids are renumbered in order.
   */
  private static List<Link> undecided(PairFeatures features, List<Link> links, Set<Long> decided) {
    List<Link> kept = new ArrayList<>();
    for (Link link : links) {
      List<String> as = new ArrayList<>(link.aClaims());
      List<String> bs = new ArrayList<>(link.bClaims());
      if (as.size() == 1) {
        bs.removeIf(b -> decided.contains(key(features, as.get(0), b)));
      } else if (bs.size() == 1) {
        as.removeIf(a -> decided.contains(key(features, a, bs.get(0))));
      } else if (as.stream()
          .allMatch(a -> bs.stream().allMatch(b -> decided.contains(key(features, a, b))))) {
        continue;
      }
      if (as.isEmpty() || bs.isEmpty()) {
        continue;
      }
      kept.add(
          new Link(
              "L" + (kept.size() + 1),
              as,
              bs,
              LinkStatus.SUGGESTED,
              "",
              link.score(),
              link.reasons(),
              "",
              "",
              null,
              null,
              link.suggestedRelation(),
              link.relationReasons()));
    }
    return kept;
  }

  private static long key(PairFeatures features, String a, String b) {
    return PairFeatures.key(features.position(a), features.position(b));
  }

  /**
   * Each pair's signal values less the margin share of its claims' neighbours' values, the
   * neighbours being each claim's {@code k} best other partners under the prior weights.
   */
  private static final class Margins {
    private final PairFeatures features;
    private final double[] weights;
    private final Map<Integer, List<Integer>> partnersOfB = new HashMap<>();

    Margins(PairFeatures features, double[] weights) {
      this.features = features;
      this.weights = weights;
      for (int a = 0; a < features.sizeA(); a++) {
        for (int b : features.candidatesOf(a)) {
          partnersOfB.computeIfAbsent(b, x -> new ArrayList<>()).add(a);
        }
      }
    }

    double[] adjusted(int a, int b) {
      double[] x = features.valuesOf(a, b);
      List<double[]> ofA = new ArrayList<>();
      for (int other : new TreeSet<>(features.candidatesOf(a))) {
        if (other != b) {
          ofA.add(features.valuesOf(a, other));
        }
      }
      List<double[]> ofB = new ArrayList<>();
      for (int other : partnersOfB.getOrDefault(b, List.of())) {
        if (other != a) {
          ofB.add(features.valuesOf(other, b));
        }
      }
      int k = features.settings().marginNeighbours();
      double m = features.settings().marginWeight();
      double[] nA = meanOfBest(ofA, k);
      double[] nB = meanOfBest(ofB, k);
      double[] z = new double[x.length];
      for (int s = 0; s < x.length; s++) {
        z[s] = x[s] - m * (nA[s] + nB[s]) / 2;
      }
      return z;
    }

    private double[] meanOfBest(List<double[]> rows, int k) {
      double[] mean = new double[weights.length];
      List<double[]> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparingDouble(this::raw).reversed());
      int taken = Math.min(k, sorted.size());
      for (int i = 0; i < taken; i++) {
        for (int s = 0; s < mean.length; s++) {
          mean[s] += sorted.get(i)[s] / taken;
        }
      }
      return mean;
    }

    private double raw(double[] values) {
      double sum = 0;
      for (int s = 0; s < values.length; s++) {
        sum += weights[s] * values[s];
      }
      return Math.min(1, sum);
    }
  }
}
