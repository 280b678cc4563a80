package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

class ScoresTest {

  private static Link link(String id, List<String> a, List<String> b) {
    return new Link(id, a, b, LinkStatus.SUGGESTED, "", 0.5, List.of(), "", "", null, null);
  }

  @Test
  void aLinkWithTwoClaimsOnOneSideExpandsToTwoPairs() {
    Set<ClaimPair> pairs =
        ClaimPair.expand(List.of(link("L1", List.of("A1", "A2"), List.of("B1"))));
    assertThat(pairs).containsExactly(new ClaimPair("A1", "B1"), new ClaimPair("A2", "B1"));
  }

  @Test
  void aTwoByTwoLinkExpandsToFourPairs() {
    Set<ClaimPair> pairs =
        ClaimPair.expand(List.of(link("L1", List.of("A1", "A2"), List.of("B1", "B2"))));
    assertThat(pairs).hasToString("[A1-B1, A1-B2, A2-B1, A2-B2]");
  }

  @Test
  void aPairNamedByTwoLinksCountsOnce() {
    Set<ClaimPair> pairs =
        ClaimPair.expand(
            List.of(
                link("L1", List.of("A1"), List.of("B1")),
                link("L2", List.of("A1"), List.of("B1", "B2"))));
    assertThat(pairs).containsExactly(new ClaimPair("A1", "B1"), new ClaimPair("A1", "B2"));
  }

  @Test
  void precisionRecallAndF1AreCountedOverClaimPairs() {
    // gold: A1-B1, A2-B1, A3-B2; predicted: A1-B1 (right), A3-B3 (wrong).
    Set<ClaimPair> gold =
        ClaimPair.expand(
            List.of(
                link("G1", List.of("A1", "A2"), List.of("B1")),
                link("G2", List.of("A3"), List.of("B2"))));
    Set<ClaimPair> predicted =
        ClaimPair.expand(
            List.of(
                link("P1", List.of("A1"), List.of("B1")),
                link("P2", List.of("A3"), List.of("B3"))));

    Scores scores = Scores.of(gold, predicted);

    assertThat(scores.truePositives()).isEqualTo(1);
    assertThat(scores.falsePositives()).isEqualTo(1);
    assertThat(scores.falseNegatives()).isEqualTo(2);
    assertThat(scores.precision()).isEqualTo(0.5);
    assertThat(scores.recall()).isCloseTo(1.0 / 3, within(1e-12));
    // F1 = 2 * 1/2 * 1/3 / (1/2 + 1/3) = (1/3) / (5/6) = 2/5
    assertThat(scores.f1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void theMicroAverageSumsCountsBeforeDividing() {
    Scores micro = Scores.micro(List.of(Scores.fromCounts(1, 1, 2), Scores.fromCounts(2, 0, 0)));
    // tp 3, fp 1, fn 2: P 3/4, R 3/5, F1 2 * 0.45 / 1.35 = 2/3
    assertThat(micro.precision()).isEqualTo(0.75);
    assertThat(micro.recall()).isCloseTo(0.6, within(1e-12));
    assertThat(micro.f1()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void anAlignerThatSuggestsNothingScoresZero() {
    Scores scores = Scores.of(Set.of(new ClaimPair("A1", "B1")), Set.of());
    assertThat(scores).isEqualTo(new Scores(0, 0, 0, 0, 0, 1));
  }

  @Test
  void theSummaryShowsRatiosAndCounts() {
    assertThat(Scores.fromCounts(1, 1, 3).summary())
        .isEqualTo("P 0.500 R 0.250 F1 0.333 (tp 1, fp 1, fn 3)");
  }
}
