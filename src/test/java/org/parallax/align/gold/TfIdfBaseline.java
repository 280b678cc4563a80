package org.parallax.align.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

/**
 * The floor a real aligner must clear: TF-IDF cosine between claims, nothing else.
 *
 * <p>Tokens are maximal runs of letters and digits, lower-cased, with no stemming and no stop list.
 * A term's weight in a claim is its count times {@code ln(N / df)}, where {@code N} is the number
 * of claims of both documents and {@code df} the number of those claims that contain it. Every
 * suggested link joins one A claim and one B claim, scored by their cosine.
 *
 * <p>Two rules decide which pairs to link. {@link #threshold(double)} links every pair whose cosine
 * reaches a fixed value. {@link #mutualBest(double)} links a pair only when each claim is the
 * other's most similar claim and the cosine reaches a small floor; it needs no tuning, because the
 * floor only removes pairs that share next to nothing (on the gold set any floor from 0.02 to 0.15
 * gives nearly the same result). {@link #standard()}, mutual best above {@value #DEFAULT_FLOOR}, is
 * the rule to report.
 */
public final class TfIdfBaseline {

  /** The cosine floor of the {@link #standard()} rule. */
  public static final double DEFAULT_FLOOR = 0.1;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private final double threshold;
  private final boolean mutualBest;

  private TfIdfBaseline(double threshold, boolean mutualBest) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
    this.mutualBest = mutualBest;
  }

  /** A baseline that links every pair with cosine at least {@code threshold}. */
  public static TfIdfBaseline threshold(double threshold) {
    return new TfIdfBaseline(threshold, false);
  }

  /**
   * A baseline that links a pair only when each claim is the other's most similar claim (ties
   * allowed) and their cosine is at least {@code floor}.
   */
  public static TfIdfBaseline mutualBest(double floor) {
    return new TfIdfBaseline(floor, true);
  }

  /**
   * The documented default: {@link #mutualBest(double) mutual best} above {@value #DEFAULT_FLOOR}.
   */
  public static TfIdfBaseline standard() {
    return mutualBest(DEFAULT_FLOOR);
  }

  /** Links for a segmented gold pair. */
  public List<Link> align(SegmentedPair pair) {
    return align(pair.a(), pair.aClaims(), pair.b(), pair.bClaims());
  }

  /** Suggested links {@code T1, T2, …} between claims of {@code a} and {@code b}, A order first. */
  public List<Link> align(Document a, List<Claim> aClaims, Document b, List<Claim> bClaims) {
    List<Map<String, Integer>> aCounts = aClaims.stream().map(c -> counts(c.textIn(a))).toList();
    List<Map<String, Integer>> bCounts = bClaims.stream().map(c -> counts(c.textIn(b))).toList();
    Map<String, Double> idf = idf(aCounts, bCounts);
    List<Map<String, Double>> aVectors = aCounts.stream().map(c -> weigh(c, idf)).toList();
    List<Map<String, Double>> bVectors = bCounts.stream().map(c -> weigh(c, idf)).toList();
    double[][] cosines = new double[aClaims.size()][bClaims.size()];
    for (int i = 0; i < aClaims.size(); i++) {
      for (int j = 0; j < bClaims.size(); j++) {
        cosines[i][j] = cosine(aVectors.get(i), bVectors.get(j));
      }
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < aClaims.size(); i++) {
      for (int j = 0; j < bClaims.size(); j++) {
        if (cosines[i][j] >= threshold && (!mutualBest || isMutualBest(cosines, i, j))) {
          links.add(link(links.size() + 1, aClaims.get(i), bClaims.get(j), cosines[i][j]));
        }
      }
    }
    return links;
  }

  /** Lower-cased token counts of {@code text}. */
  static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      counts.merge(matcher.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, Double> idf(
      List<Map<String, Integer>> aCounts, List<Map<String, Integer>> bCounts) {
    Map<String, Integer> df = new HashMap<>();
    aCounts.forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    bCounts.forEach(c -> c.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    double n = aCounts.size() + bCounts.size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((term, d) -> idf.put(term, Math.log(n / d)));
    return idf;
  }

  private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Double> idf) {
    Map<String, Double> vector = new HashMap<>();
    counts.forEach((term, count) -> vector.put(term, count * idf.get(term)));
    return vector;
  }

  private static boolean isMutualBest(double[][] cosines, int i, int j) {
    for (int k = 0; k < cosines[i].length; k++) {
      if (cosines[i][k] > cosines[i][j]) {
        return false;
      }
    }
    for (double[] row : cosines) {
      if (row[j] > cosines[i][j]) {
        return false;
      }
    }
    return true;
  }

  private static double cosine(Map<String, Double> x, Map<String, Double> y) {
    double dot = 0;
    for (Map.Entry<String, Double> e : x.entrySet()) {
      dot += e.getValue() * y.getOrDefault(e.getKey(), 0.0);
    }
    double norms = norm(x) * norm(y);
    return norms == 0 ? 0 : dot / norms;
  }

  private static double norm(Map<String, Double> vector) {
    return Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
  }

  private static Link link(int number, Claim a, Claim b, double cosine) {
    double score = Math.min(1, cosine);
    return new Link(
        "T" + number,
        List.of(a.id()),
        List.of(b.id()),
        LinkStatus.SUGGESTED,
        "",
        score,
        List.of(String.format(Locale.ROOT, "tf-idf cosine %.2f", cosine)),
        "",
        "tf-idf baseline",
        null,
        null);
  }
}
