package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.task.Progress;

/** Margin scoring of given raw scores, worked out by hand. */
class PairScorerTest {
  private static final FeatureExtractor EXTRACTOR =
      new FeatureExtractor(EquivalenceLexicon.bundled());

  @Test
  void givenRawScoresAreJudgedAgainstBothClaimsNextBestPartners() {
    List<ClaimFeatures> two =
        List.of(EXTRACTOR.extract("One claim."), EXTRACTOR.extract("Another claim."));
    Corpus corpus = new Corpus(two, two, null);
    double[][] raw = {{0.8, 0.2}, {0.4, 0.6}};
    List<TreeSet<Integer>> everyPair =
        List.of(new TreeSet<>(List.of(0, 1)), new TreeSet<>(List.of(0, 1)));

    List<ScoredPair> pairs =
        new PairScorer(corpus, List.of())
            .score(everyPair, (a, b) -> raw[a][b], 1, 0.5, Progress.NONE);

    // A1–B1: 0.8 − 0.5 × mean(A1's next best 0.2, B1's next best 0.4) = 0.65
    // A1–B2: 0.2 − 0.5 × mean(0.8, 0.6) = −0.2, kept at 0
    // A2–B1: 0.4 − 0.5 × mean(0.6, 0.8) = 0.05
    // A2–B2: 0.6 − 0.5 × mean(0.4, 0.2) = 0.45
    assertThat(pairs).extracting(ScoredPair::raw).containsExactly(0.8, 0.2, 0.4, 0.6);
    assertThat(pairs.get(0).score()).isCloseTo(0.65, within(1e-9));
    assertThat(pairs.get(1).score()).isZero();
    assertThat(pairs.get(2).score()).isCloseTo(0.05, within(1e-9));
    assertThat(pairs.get(3).score()).isCloseTo(0.45, within(1e-9));
  }
}
