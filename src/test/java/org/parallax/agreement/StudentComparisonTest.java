package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.task.Progress;

/**
 * The agreement table of the class fixtures (see {@link Fixtures}), every figure worked out by hand
 * in the comments. "L" is linked, "N" not linked; a, r, c are agree, reframe, contradict.
 */
class StudentComparisonTest {
  private static final double EXACT = 1e-9;

  private final StudentComparison compared =
      StudentComparison.compare(
          List.of(Fixtures.ana(), Fixtures.ben(), Fixtures.cleo()), Fixtures.key(), Progress.NONE);
  private final AgreementReport report = compared.report();

  @Test
  void theItemsAreTheFiveUnitPairsSomeStudentLinked() {
    // A1-B1, A1-B2 (cleo's 1-2 link), A2-B2 (ben's half of A2 covers unit A2), A3-B3, A4-B4;
    // ana's suggested A3-B4 and rejected A2-B3 are not her decisions.
    assertThat(report.units()).isEqualTo(5);
    assertThat(report.annotators()).containsExactly("ana", "ben", "cleo");
    assertThat(report.skipped()).isEmpty();
  }

  @Test
  void linkedOrNotAgreesAsWorkedOutByHand() {
    // items   A1B1 A1B2 A2B2 A3B3 A4B4
    // ana      L    N    L    L    L
    // ben      L    N    L    L    N
    // cleo     L    L    L    N    L
    // percent: pairs of raters agreeing per item 3,1,3,1,1 of 3 each = 9/15 = 0.6
    // alpha: coincidences LL 8, NN 1, LN 3, NL 3; n = 15, n_L = 11, n_N = 4;
    //   D_o = 6/15, D_e = 2*11*4/(15*14) = 88/210; alpha = 1 - (6/15)/(88/210) = 1/22
    Measures linked = report.linked();

    assertThat(linked.items()).isEqualTo(5);
    assertThat(linked.percent()).isCloseTo(0.6, within(EXACT));
    assertThat(linked.alpha()).isCloseTo(1.0 / 22, within(EXACT));
    // ana|ben: p_o 4/5, p_e (4*3 + 1*2)/25 = 0.56, kappa = 0.24/0.44 = 6/11
    // ana|cleo: p_o 3/5, p_e (4*4 + 1*1)/25 = 0.68, kappa = -0.08/0.32 = -0.25
    // ben|cleo: p_o 2/5, p_e (3*4 + 2*1)/25 = 0.56, kappa = -0.16/0.44 = -4/11
    assertThat(linked.kappa()).containsOnlyKeys("ana|ben", "ana|cleo", "ben|cleo");
    assertThat(linked.kappa().get("ana|ben")).isCloseTo(6.0 / 11, within(EXACT));
    assertThat(linked.kappa().get("ana|cleo")).isCloseTo(-0.25, within(EXACT));
    assertThat(linked.kappa().get("ben|cleo")).isCloseTo(-4.0 / 11, within(EXACT));
  }

  @Test
  void theRelationAgreesAsWorkedOutByHand() {
    // items linked with a relation by two or more: A1B1 (a a a), A2B2 (a r a), A3B3 (r a -),
    // A4B4 (c - c); A1B2 has cleo's only.
    // percent: agreeing ordered pairs / (r - 1): 3, 1, 0, 2 over 3+3+2+2 values = 6/10
    // alpha: coincidences aa 4, ar 2, ra 2, cc 2; n = 10, n_a 6, n_r 2, n_c 2;
    //   D_o = 4/10, D_e = 2*(6*2 + 6*2 + 2*2)/(10*9) = 56/90; alpha = 1 - 36/56 = 5/14
    Measures relation = report.relation();

    assertThat(relation.items()).isEqualTo(4);
    assertThat(relation.percent()).isCloseTo(0.6, within(EXACT));
    assertThat(relation.alpha()).isCloseTo(5.0 / 14, within(EXACT));
    // ana|ben over A1B1, A2B2, A3B3: p_o 1/3, p_e (2*2 + 1*1)/9 = 5/9, kappa = (3/9-5/9)/(4/9)
    // ana|cleo over A1B1, A2B2, A4B4: all alike, p_e 5/9 < 1, kappa = 1
    // ben|cleo over A1B1, A2B2: p_o 1/2, p_e (1*2)/4 = 1/2, kappa = 0
    assertThat(relation.kappa().get("ana|ben")).isCloseTo(-0.5, within(EXACT));
    assertThat(relation.kappa().get("ana|cleo")).isCloseTo(1.0, within(EXACT));
    assertThat(relation.kappa().get("ben|cleo")).isCloseTo(0.0, within(EXACT));
  }

  @Test
  void eachStudentAgreesWithTheKeyAsWorkedOutByHand() {
    // linked, over the same five items; the key is L N L L L:
    //   ana L N L L L: all alike, p_e (4*4 + 1*1)/25 = 0.68, kappa 1
    //   ben L N L L N: p_o 4/5, p_e (3*4 + 2*1)/25 = 0.56, kappa 6/11
    //   cleo L L L N L: p_o 3/5, p_e 0.68, kappa -0.25
    // relation, over pairs both linked with a relation; the key is a r r c:
    //   ana a a r c: p_o 3/4, p_e (2*1 + 1*2 + 1*1)/16 = 5/16, kappa (12-5)/(16-5) = 7/11
    //   ben a r a (A1B1 A2B2 A3B3): p_o 2/3, p_e (2*1 + 1*2)/9 = 4/9, kappa (2/9)/(5/9) = 0.4
    //   cleo a a c (A1B1 A2B2 A4B4): p_o 2/3, p_e (2*1 + 1*1)/9 = 1/3, kappa 0.5
    assertThat(report.key()).containsOnlyKeys("ana", "ben", "cleo");
    assertThat(report.keyFile()).isEqualTo(Fixtures.key());
    assertThat(report.key().get("ana").linked()).isCloseTo(1.0, within(EXACT));
    assertThat(report.key().get("ben").linked()).isCloseTo(6.0 / 11, within(EXACT));
    assertThat(report.key().get("cleo").linked()).isCloseTo(-0.25, within(EXACT));
    assertThat(report.key().get("ana").relation()).isCloseTo(7.0 / 11, within(EXACT));
    assertThat(report.key().get("ben").relation()).isCloseTo(0.4, within(EXACT));
    assertThat(report.key().get("cleo").relation()).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void withoutAKeyThereAreNoKeyFigures() {
    StudentComparison none =
        StudentComparison.compare(
            List.of(Fixtures.ana(), Fixtures.ben(), Fixtures.cleo()), null, Progress.NONE);

    assertThat(none.report().key()).isEmpty();
    assertThat(none.report().keyFile()).isNull();
    assertThat(none.report().linked().alpha()).isCloseTo(1.0 / 22, within(EXACT));
  }

  @Test
  void oneStudentIsNotEnoughToCompare() {
    StudentComparison one =
        StudentComparison.compare(List.of(Fixtures.ana()), Fixtures.key(), Progress.NONE);

    assertThat(one.usable()).isFalse();
    assertThat(one.loaded().students()).hasSize(1);
  }
}
