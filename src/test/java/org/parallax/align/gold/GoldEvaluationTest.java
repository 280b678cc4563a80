package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

class GoldEvaluationTest {

  private static final GoldSet SET = GoldSet.load();

  @Test
  void anAlignerThatReturnsTheGoldLinksScoresPerfectlyOnEveryPair() {
    GoldEvaluation evaluation =
        GoldEvaluation.run(SET, SimpleSentenceSplitter::split, SegmentedPair::gold);
    assertThat(evaluation.perPair().values()).extracting(Scores::f1).containsOnly(1.0);
    assertThat(evaluation.micro().falsePositives()).isZero();
  }

  @Test
  void anAlignerThatReturnsNothingMissesEveryGoldPair() {
    GoldEvaluation evaluation =
        GoldEvaluation.run(SET, SimpleSentenceSplitter::split, pair -> List.of());
    int goldPairs =
        SET.pairs().stream()
            .mapToInt(
                p ->
                    ClaimPair.expand(SegmentedPair.of(p, SimpleSentenceSplitter::split).gold())
                        .size())
            .sum();
    assertThat(evaluation.micro().recall()).isZero();
    assertThat(evaluation.micro().falseNegatives()).isEqualTo(goldPairs);
  }

  @Test
  void rejectedLinksDoNotCountAsPredictions() {
    GoldEvaluation evaluation =
        GoldEvaluation.run(
            SET,
            SimpleSentenceSplitter::split,
            pair ->
                pair.gold().stream()
                    .map(link -> link.withStatus(LinkStatus.REJECTED, null))
                    .toList());
    assertThat(evaluation.micro().truePositives()).isZero();
  }

  @Test
  void theTableHasOneLinePerPairAndAMicroLine() {
    GoldEvaluation evaluation =
        GoldEvaluation.run(SET, SimpleSentenceSplitter::split, pair -> List.<Link>of());
    assertThat(evaluation.table().lines()).hasSize(SET.pairs().size() + 1);
    assertThat(evaluation.table().lines().toList().get(SET.pairs().size())).startsWith("micro");
  }

  @Test
  void theTfIdfBaselineFindsSomeButFarFromAllGoldPairs() {
    GoldEvaluation evaluation =
        GoldEvaluation.run(SET, SimpleSentenceSplitter::split, TfIdfBaseline.standard()::align);
    System.out.println(
        "TF-IDF baseline (mutual best, floor 0.1) on the gold set:\n" + evaluation.table());
    // The set is meant to defeat word overlap: renamed places, paraphrase, numbers in words.
    assertThat(evaluation.micro().truePositives()).isPositive();
    assertThat(evaluation.micro().f1()).isLessThan(0.6);
  }
}
