package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.RelationAccuracy;

/**
 * How often the suggested relation is the gold one, with the real meaning model. The floors sit
 * below today's figures (docs/benchmarks.md: 0.64 over all six pairs against a majority baseline of
 * 0.34; 0.69 on the five tuning pairs) and at issue 15's target (0.60, and the baseline + 0.20), so
 * that a rule that makes relations worse fails here.
 */
class GoldRelationAccuracyTest {
  private static final double TARGET = 0.60;
  private static final double MARGIN_OVER_BASELINE = 0.20;
  private static final double TUNING_FLOOR = 0.65;

  private static final RelationAccuracy RELATIONS =
      GoldRun.relations(GoldSet.load(), AlignmentSettings.defaults(), MemoEmbedder.MINILM);

  @Test
  void suggestedRelationsReachTheTargetOverAllPairs() {
    assertThat(RELATIONS.micro().accuracy())
        .as("%s %s", RELATIONS.perPair(), RELATIONS.confusion())
        .isGreaterThanOrEqualTo(TARGET)
        .isGreaterThanOrEqualTo(RELATIONS.micro().baselineAccuracy() + MARGIN_OVER_BASELINE);
  }

  @Test
  void suggestedRelationsKeepTheirAccuracyOnTheTuningPairs() {
    RelationAccuracy.Counts tuning = new RelationAccuracy.Counts(0, 0, 0, 0);
    for (var e : RELATIONS.perPair().entrySet()) {
      if (!GoldRelations.HELD_OUT.contains(e.getKey())) {
        tuning = tuning.plus(e.getValue());
      }
    }

    assertThat(tuning.accuracy())
        .as("%s", RELATIONS.perPair())
        .isGreaterThanOrEqualTo(TUNING_FLOOR);
  }
}
