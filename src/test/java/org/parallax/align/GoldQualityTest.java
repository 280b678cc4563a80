package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.align.gold.GoldEvaluation;
import org.parallax.align.gold.GoldSet;

/**
 * The aligner's quality on the gold set, with the real meaning model. The floors sit honestly below
 * today's figures (docs/benchmarks.md: micro F1 about 0.57 with the model, 0.41 without it, 0.39
 * for the TF-IDF mutual-best baseline) so that a change that makes suggestions worse fails here.
 */
class GoldQualityTest {
  private static final double F1_FLOOR = 0.51;
  private static final double LEXICAL_F1_FLOOR = 0.36;
  private static final double MARGIN_OVER_BASELINE = 0.10;

  private static final GoldSet SET = GoldSet.load();

  @Test
  void suggestionsReachTheGoldF1Floor() {
    GoldEvaluation evaluation =
        GoldRun.parallax(SET, AlignmentSettings.defaults(), MemoEmbedder.MINILM);

    assertThat(evaluation.micro().f1()).as(evaluation.table()).isGreaterThanOrEqualTo(F1_FLOOR);
  }

  @Test
  void suggestionsBeatTheTfIdfBaselineClearly() {
    GoldEvaluation parallax =
        GoldRun.parallax(SET, AlignmentSettings.defaults(), MemoEmbedder.MINILM);
    GoldEvaluation baseline = GoldRun.baseline(SET);

    assertThat(parallax.micro().f1())
        .as("parallax\n%s\nbaseline\n%s", parallax.table(), baseline.table())
        .isGreaterThanOrEqualTo(baseline.micro().f1() + MARGIN_OVER_BASELINE);
  }

  @Test
  void withoutTheMeaningModelSuggestionsStillReachTheLexicalFloor() {
    GoldEvaluation evaluation =
        GoldRun.parallax(
            SET, AlignmentSettings.defaults().withLexicalOnly(true), MemoEmbedder.MINILM);

    assertThat(evaluation.micro().f1())
        .as(evaluation.table())
        .isGreaterThanOrEqualTo(LEXICAL_F1_FLOOR);
  }

  @Test
  void theTopKCandidateStepGivesTheSameSuggestionsAsScoringEveryPair() {
    AlignmentSettings topK = AlignmentSettings.defaults();
    AlignmentSettings everyPair = topK.withCandidates(1_000);

    assertThat(GoldRun.parallax(SET, topK, MemoEmbedder.MINILM).table())
        .isEqualTo(GoldRun.parallax(SET, everyPair, MemoEmbedder.MINILM).table());
  }
}
