package org.parallax.framing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
 * <p>The prior is the pooled pair mixed with a flat distribution: α<sub>w</sub> = α<sub>0</sub> ·
 * ((1 − f) · (y<sub>A</sub> + y<sub>B</sub>) / (n<sub>A</sub> + n<sub>B</sub>) + f / V), with
 * α<sub>0</sub> = {@code weight} · (n<sub>A</sub> + n<sub>B</sub>), f the {@code flatShare} and V
 * the number of distinct keys. Swapping the texts negates every z and changes nothing else.
 */
public final class LogOdds {

  /** How much prior there is against the pair's own counts, and how much of it is flat. */
  public record Prior(double weight, double flatShare) {
    public Prior {
      if (!(weight > 0) || !(flatShare >= 0 && flatShare <= 1)) {
        throw new IllegalArgumentException("prior weight must be > 0, flat share in [0, 1]");
      }
    }

    /** As much prior as the pair has counts, a tenth of it flat (docs/framing.md). */
    public static Prior standard() {
      return new Prior(1.0, 0.1);
    }
  }

  /** One key's statistic. */
  public record Score(String key, double delta, double z, int countA, int countB) {}

  private LogOdds() {}

  /** The score of every key counted in either text, by key. */
  public static Map<String, Score> compare(
      Map<String, Integer> a, Map<String, Integer> b, Prior prior) {
    Set<String> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double nA = total(a);
    double nB = total(b);
    double pooled = nA + nB;
    double alpha0 = prior.weight() * pooled;
    double vocabulary = keys.size();
    Map<String, Score> scores = new HashMap<>(keys.size() * 2);
    for (String key : keys) {
      int yA = a.getOrDefault(key, 0);
      int yB = b.getOrDefault(key, 0);
      double alpha =
          alpha0 * ((1 - prior.flatShare()) * (yA + yB) / pooled + prior.flatShare() / vocabulary);
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
