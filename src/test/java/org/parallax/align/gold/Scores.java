package org.parallax.align.gold;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted claim pairs against gold claim pairs. A ratio whose
 * denominator is zero is 0: an aligner that suggests nothing has precision 0, not 1.
 */
public record Scores(
    double precision,
    double recall,
    double f1,
    int truePositives,
    int falsePositives,
    int falseNegatives) {

  /** Scores from raw counts. */
  public static Scores fromCounts(int truePositives, int falsePositives, int falseNegatives) {
    double precision = ratio(truePositives, truePositives + falsePositives);
    double recall = ratio(truePositives, truePositives + falseNegatives);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(precision, recall, f1, truePositives, falsePositives, falseNegatives);
  }

  /** Scores of {@code predicted} against {@code gold}. */
  public static Scores of(Set<ClaimPair> gold, Set<ClaimPair> predicted) {
    int truePositives = (int) predicted.stream().filter(gold::contains).count();
    return fromCounts(truePositives, predicted.size() - truePositives, gold.size() - truePositives);
  }

  /** The micro average of {@code parts}: their counts summed, then the ratios recomputed. */
  public static Scores micro(Collection<Scores> parts) {
    int tp = parts.stream().mapToInt(Scores::truePositives).sum();
    int fp = parts.stream().mapToInt(Scores::falsePositives).sum();
    int fn = parts.stream().mapToInt(Scores::falseNegatives).sum();
    return fromCounts(tp, fp, fn);
  }

  /** One readable line such as {@code P 0.500 R 0.250 F1 0.333 (tp 1, fp 1, fn 3)}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)",
        precision,
        recall,
        f1,
        truePositives,
        falsePositives,
        falseNegatives);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
