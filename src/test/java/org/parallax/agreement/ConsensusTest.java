package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.store.ComparisonStore;
import org.parallax.task.Progress;

/** The consensus of the three fixture students (see {@link Fixtures}). */
class ConsensusTest {
  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  private static final UnitPair A1B1 = new UnitPair(0, 0);
  private static final UnitPair A1B2 = new UnitPair(0, 1);
  private static final UnitPair A2B2 = new UnitPair(1, 1);
  private static final UnitPair A3B3 = new UnitPair(2, 2);
  private static final UnitPair A4B4 = new UnitPair(3, 3);

  @TempDir Path dir;

  private final Consensus consensus =
      StudentComparison.compare(
              List.of(Fixtures.ana(), Fixtures.ben(), Fixtures.cleo()), null, Progress.NONE)
          .consensus();

  @Test
  void eachPairStandsAsTheVotesOfThreeStudentsSay() {
    // A1B1 a a a; A1B2 cleo only; A2B2 a r a; A3B3 r a (cleo not); A4B4 c c (ben not)
    assertThat(consensus.votes())
        .extracting(v -> v.pair() + " " + v.standing() + " " + v.relation())
        .containsExactly(
            A1B1 + " AGREED agree",
            A1B2 + " MINORITY agree",
            A2B2 + " AGREED agree",
            A3B3 + " RELATION_TIED ",
            A4B4 + " AGREED contradict");
  }

  @Test
  void theTeacherHasTheTieAndTheMinorityToSettle() {
    assertThat(consensus.open()).extracting(PairVotes::pair).containsExactly(A1B2, A3B3);
  }

  @Test
  void disagreementsComeMostSplitFirst() {
    // A3B3 splits 1 reframe, 1 agree, 1 not linked: 1 - 1/3; the others 2 to 1: 1 - 2/3;
    // A1B1 is unanimous and not listed.
    assertThat(consensus.disagreements())
        .extracting(PairVotes::pair)
        .containsExactly(A3B3, A1B2, A2B2, A4B4);
    assertThat(consensus.disagreements().get(0).split()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void theConsensusLinksWhatAMajorityLinkedAndNamesWhoLinkedIt() {
    Comparison c = consensus.toComparison("Consensus", "teacher", NOW);

    assertThat(c.links())
        .extracting(ConsensusTest::describe)
        .containsExactly(
            "A1-B1 agree by ana, ben, cleo",
            "A2-B2 agree by ana, ben, cleo",
            "A3-B3  by ana, ben",
            "A4-B4 contradict by ana, cleo");
    assertThat(c.links()).allMatch(l -> l.status() == LinkStatus.CONFIRMED);
    assertThat(c.links().get(1).reasons())
        .containsExactly(
            "A2–B2: linked by ana, ben, cleo (3 of 3 students); agree: ana, cleo;"
                + " reframe: ben.");
    assertThat(c.claims()).hasSize(8);
  }

  @Test
  void settlingTheTieAndKeepingTheMinorityChangesOnlyTheConsensusReturned() {
    Consensus settled =
        consensus.settle(A3B3, Settlement.keep("reframe")).settle(A1B2, Settlement.keep("agree"));

    assertThat(settled.open()).isEmpty();
    assertThat(consensus.open()).hasSize(2);
    assertThat(settled.toComparison("Consensus", "teacher", NOW).links())
        .extracting(ConsensusTest::describe)
        .containsExactly(
            "A1-B1+B2 agree by ana, ben, cleo",
            "A2-B2 agree by ana, ben, cleo",
            "A3-B3 reframe by ana, ben",
            "A4-B4 contradict by ana, cleo");
  }

  @Test
  void droppingAPairTakesItsLinkOut() {
    Comparison c = consensus.settle(A3B3, Settlement.drop()).toComparison("C", "t", NOW);

    assertThat(c.links()).extracting(ConsensusTest::describe).doesNotContain("A3-B3  by ana, ben");
    assertThat(c.links()).hasSize(3);
    assertThat(consensus.settle(A3B3, Settlement.drop()).unsettle(A3B3).open()).hasSize(2);
  }

  @Test
  void theConsensusSavesAndOpensAgainAsAComparison() throws Exception {
    Path file = dir.resolve("consensus.parallax.json");
    Comparison c =
        consensus.settle(A3B3, Settlement.keep("reframe")).toComparison("Consensus", "t", NOW);

    new ComparisonStore().save(c, file);
    Comparison reopened = new ComparisonStore().load(file).comparison();

    assertThat(reopened.links()).isEqualTo(c.links());
    assertThat(reopened.a().text()).isEqualTo(c.a().text());
  }

  private static String describe(Link l) {
    return String.join("+", l.aClaims())
        + "-"
        + String.join("+", l.bClaims())
        + " "
        + l.relation()
        + " by "
        + l.annotator();
  }
}
