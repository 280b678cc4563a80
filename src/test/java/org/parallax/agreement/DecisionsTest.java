package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/** How the fixture students' links (see {@link Fixtures}) become unit pairs. */
class DecisionsTest {

  private static Comparison open(Path file) throws Exception {
    return new ComparisonStore().load(file).comparison();
  }

  private static Decisions of(Path file) throws Exception {
    Comparison c = open(file);
    return Decisions.of(c, Units.of(c.a(), c.b()));
  }

  @Test
  void onlyConfirmedLinksAreAStudentsDecisions() throws Exception {
    // ana also has a suggested A3-B4 and a rejected A2-B3
    assertThat(of(Fixtures.ana()).pairs())
        .containsExactlyInAnyOrder(
            new UnitPair(0, 0), new UnitPair(1, 1), new UnitPair(2, 2), new UnitPair(3, 3));
  }

  @Test
  void aLinkOfOneClaimToTwoCoversBothUnitPairs() throws Exception {
    Decisions cleo = of(Fixtures.cleo());

    assertThat(cleo.relation(new UnitPair(0, 0))).isEqualTo("agree");
    assertThat(cleo.relation(new UnitPair(0, 1))).isEqualTo("agree");
    assertThat(cleo.linked(new UnitPair(2, 2))).isFalse();
  }

  @Test
  void halfASentenceCoversThatSentencesUnit() throws Exception {
    // ben's claim A2 is "Trucks carried flour", the first half of unit A2; his A4 is unit A3
    Decisions ben = of(Fixtures.ben());

    assertThat(ben.relation(new UnitPair(1, 1))).isEqualTo("reframe");
    assertThat(ben.relation(new UnitPair(2, 2))).isEqualTo("agree");
    assertThat(ben.pairs()).hasSize(3);
  }

  @Test
  void aSpanOverlapsTheUnitsItSharesACharacterWith() throws Exception {
    Comparison c = open(Fixtures.ana());
    Units units = Units.of(c.a(), c.b());
    // A1 is [0, 28), A2 [29, 62): the space at 28 lies between them
    assertThat(units.overlapping(Side.A, 28, 29)).isEmpty();
    assertThat(units.overlapping(Side.A, 27, 30)).containsExactly(0, 1);
    assertThat(units.overlapping(Side.A, 0, 200)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void comparingReportsProgressUpToTheEnd() {
    List<Double> fractions = new ArrayList<>();
    Progress progress =
        new Progress() {
          @Override
          public void report(double fraction, String message) {
            fractions.add(fraction);
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        };

    StudentComparison.compare(List.of(Fixtures.ana(), Fixtures.ben()), null, progress);

    assertThat(fractions).isSorted().contains(1.0);
    assertThat(fractions.get(0)).isLessThan(0.5);
  }

  @Test
  void comparingStopsOnceCancelled() {
    AtomicBoolean cancel = new AtomicBoolean();
    Progress progress =
        new Progress() {
          @Override
          public void report(double fraction, String message) {
            cancel.compareAndSet(false, message.contains("ben"));
          }

          @Override
          public boolean isCancelled() {
            return cancel.get();
          }
        };
    List<Path> files = List.of(Fixtures.ana(), Fixtures.ben(), Fixtures.cleo());

    assertThatThrownBy(() -> StudentComparison.compare(files, null, progress))
        .isInstanceOf(CancelledException.class);
    assertThat(cancel).isTrue();
  }
}
