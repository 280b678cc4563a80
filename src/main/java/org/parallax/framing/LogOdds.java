package org.parallax.framing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * "Fightin' Words", section 3.5) and its z-score, between the counts of two texts.
 *
 * <p>For a key w with counts y<sub>A</sub>, y<sub>B</sub> in texts of n<sub>A</sub>, n<sub>B</sub>
 * counted units, and prior pseudo-counts α<sub>w</sub> summing to α<sub>0</sub>:
 *
 * <pre>
 *   δ_w  = log((y_A + α_w) / (n_A + α_0 − y_A − α_w)) − log((y_B + α_w) / (n_B + α_0 − y_B − α_w))
 *   σ²_w ≈ 1 / (y_A + α_w) + 1 / (y_B + α_w)
 *   z_w  = δ_w / σ_w
 * </pre>
 *
 * <p>The prior mixes the pooled pair, a flat distribution and a background (general English):
 * α<sub>w</sub> = α<sub>0</sub> · ((1 − f − g) · (y<sub>A</sub> + y<sub>B</sub>) / (n<sub>A</sub> +
 * n<sub>B</sub>) + f / V + g · π<sub>w</sub>), with α<sub>0</sub> = {@code weight} · (n<sub>A</sub>
 * + n<sub>B</sub>), f the {@code flatShare}, g the {@code backgroundShare}, V the number of
 * distinct keys and π<sub>w</sub> the probability of key w in general English. The background is
 * not renormalised over the pair's keys: most of its mass lies on stop words, which are no keys, so
 * it weighs on the common content words a little, as Monroe et al.'s does, rather than letting them
 * outweigh the texts. Swapping the texts negates every z and changes nothing else.
 */
public final class LogOdds {

  /** How much prior there is against the pair's own counts, and how it is shared out. */
  public record Prior(double weight, double flatShare, double backgroundShare) {
    public Prior {
      if (!(weight > 0)
          || !(flatShare >= 0 && backgroundShare >= 0 && flatShare + backgroundShare <= 1)) {
        throw new IllegalArgumentException(
            "prior weight must be > 0, flat and background shares ≥ 0 and at most 1 together");
      }
    }

    /** A prior without background: the pooled pair and a flat share. */
    public Prior(double weight, double flatShare) {
      this(weight, flatShare, 0);
    }

    /**
     * As much prior as the pair has counts: a tenth flat, three tenths general English, the rest
     * the pooled pair (docs/framing.md).
     */
    public static Prior standard() {
      return new Prior(1.0, 0.1, BACKGROUND_SHARE);
    }
  }

  /** The standard prior's share of general English (docs/framing.md, "Background prior"). */
  static final double BACKGROUND_SHARE = 0.3;

  /** One key's statistic. */
  public record Score(String key, double delta, double z, int countA, int countB) {}

  private LogOdds() {}

  /** The score of every key counted in either text, by key, with no background. */
  public static Map<String, Score> compare(
      Map<String, Integer> a, Map<String, Integer> b, Prior prior) {
    return compare(a, b, prior, null);
  }

  /**
   * The score of every key counted in either text, by key; {@code background} gives a key's
   * probability π in general English (null: 1 / V, the background share is flat too).
   */
  public static Map<String, Score> compare(
      Map<String, Integer> a,
      Map<String, Integer> b,
      Prior prior,
      ToDoubleFunction<String> background) {
    Set<String> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double nA = total(a);
    double nB = total(b);
    double pooled = nA + nB;
    double alpha0 = prior.weight() * pooled;
    double vocabulary = keys.size();
    double pairShare = 1 - prior.flatShare() - prior.backgroundShare();
    Map<String, Score> scores = new HashMap<>(keys.size() * 2);
    for (String key : keys) {
      int yA = a.getOrDefault(key, 0);
      int yB = b.getOrDefault(key, 0);
      double english = background == null ? 1 / vocabulary : background.applyAsDouble(key);
      double alpha =
          alpha0
              * (pairShare * (yA + yB) / pooled
                  + prior.flatShare() / vocabulary
                  + prior.backgroundShare() * english);
      double delta =
          Math.log((yA + alpha) / (nA + alpha0 - yA - alpha))
              - Math.log((yB + alpha) / (nB + alpha0 - yB - alpha));
      double variance = 1 / (yA + alpha) + 1 / (yB + alpha);
      scores.put(key, new Score(key, delta, delta / Math.sqrt(variance), yA, yB));
    }
    return scores;
  }

  private static double total(Map<String, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
