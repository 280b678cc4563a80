package org.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsTest {

  // Tiny corpus: A = {x: 3, y: 1} (n_A = 4), B = {y: 2, w: 2} (n_B = 4); pooled n = 8, V = 3.
  private static final Map<String, Integer> A = Map.of("x", 3, "y", 1);
  private static final Map<String, Integer> B = Map.of("y", 2, "w", 2);

  @Test
  void scoresMatchTheFormulaWorkedByHandWithThePooledPrior() {
    // weight 1, flat share 0: alpha_0 = 8 and alpha_w = y_A + y_B.
    Map<String, LogOdds.Score> s = LogOdds.compare(A, B, new LogOdds.Prior(1, 0));

    // x: alpha = 3. delta = ln((3+3)/(4+8-3-3)) - ln((0+3)/(4+8-0-3)) = ln(6/6) - ln(3/9)
    //    = 0 + ln 3 = 1.098612; variance = 1/6 + 1/3 = 0.5; z = 1.098612 / 0.707107 = 1.553672.
    assertThat(s.get("x").delta()).isCloseTo(1.098612, within(1e-5));
    assertThat(s.get("x").z()).isCloseTo(1.553672, within(1e-5));
    // y: alpha = 3. delta = ln(4/8) - ln(5/7) = -0.693147 + 0.336472 = -0.356675;
    //    variance = 1/4 + 1/5 = 0.45; z = -0.356675 / 0.670820 = -0.531700.
    assertThat(s.get("y").delta()).isCloseTo(-0.356675, within(1e-5));
    assertThat(s.get("y").z()).isCloseTo(-0.531700, within(1e-5));
    // w: alpha = 2. delta = ln(2/10) - ln(4/8) = -1.609438 + 0.693147 = -0.916291;
    //    variance = 1/2 + 1/4 = 0.75; z = -0.916291 / 0.866025 = -1.058041.
    assertThat(s.get("w").z()).isCloseTo(-1.058041, within(1e-5));
    assertThat(s.get("w").countA()).isZero();
    assertThat(s.get("w").countB()).isEqualTo(2);
  }

  @Test
  void aFlatShareSpreadsPartOfThePriorEvenlyOverTheKeys() {
    // weight 1, flat share 0.5: alpha_w = 8 * (0.5 * (y_A + y_B) / 8 + 0.5 / 3).
    Map<String, LogOdds.Score> s = LogOdds.compare(A, B, new LogOdds.Prior(1, 0.5));

    // x: alpha = 1.5 + 4/3 = 2.833333. delta = ln(5.833333/6.166667) - ln(2.833333/9.166667)
    //    = -0.055570 + 1.174120 = 1.118550; variance = 1/5.833333 + 1/2.833333 = 0.524370;
    //    z = 1.118550 / 0.724134 = 1.544673.
    assertThat(s.get("x").z()).isCloseTo(1.544673, within(1e-5));
    // w: alpha = 1 + 4/3 = 2.333333. delta = ln(2.333333/9.666667) - ln(4.333333/7.666667)
    //    = -1.421386 + 0.570545 = -0.850841; variance = 1/2.333333 + 1/4.333333 = 0.659341;
    //    z = -0.850841 / 0.811998 = -1.047836.
    assertThat(s.get("w").z()).isCloseTo(-1.047836, within(1e-5));
  }

  @Test
  void aBackgroundShareGivesWordsCommonInEnglishMorePrior() {
    // weight 1, flat 0, background 0.5 with pi = {x: 0.25, y: 0.5, w: 0.125}:
    // alpha_w = 8 * (0.5 * (y_A + y_B) / 8 + 0.5 * pi_w) = 0.5 * (y_A + y_B) + 4 * pi_w.
    Map<String, Double> pi = Map.of("x", 0.25, "y", 0.5, "w", 0.125);
    Map<String, LogOdds.Score> s = LogOdds.compare(A, B, new LogOdds.Prior(1, 0, 0.5), pi::get);

    // x: alpha = 1.5 + 1 = 2.5. delta = ln(5.5/6.5) - ln(2.5/9.5) = -0.167054 + 1.335001
    //    = 1.167947; variance = 1/5.5 + 1/2.5 = 0.581818; z = 1.167947 / 0.762770 = 1.531191.
    assertThat(s.get("x").delta()).isCloseTo(1.167947, within(1e-5));
    assertThat(s.get("x").z()).isCloseTo(1.531191, within(1e-5));
    // y: alpha = 1.5 + 2 = 3.5. delta = ln(4.5/7.5) - ln(5.5/6.5) = -0.510826 + 0.167054
    //    = -0.343772; variance = 1/4.5 + 1/5.5 = 0.404040; z = -0.343772 / 0.635642 = -0.540826.
    assertThat(s.get("y").z()).isCloseTo(-0.540826, within(1e-5));
    // w: alpha = 1 + 0.5 = 1.5. delta = ln(1.5/10.5) - ln(3.5/8.5) = -1.945910 + 0.887303
    //    = -1.058607; variance = 1/1.5 + 1/3.5 = 0.952381; z = -1.058607 / 0.975900 = -1.084749.
    assertThat(s.get("w").z()).isCloseTo(-1.084749, within(1e-5));
  }

  @Test
  void swappingTheTextsWithABackgroundNegatesEveryScore() {
    Map<String, Double> pi = Map.of("x", 0.25, "y", 0.5, "w", 0.125);
    LogOdds.Prior prior = new LogOdds.Prior(1, 0.1, 0.3);
    Map<String, LogOdds.Score> ab = LogOdds.compare(A, B, prior, pi::get);
    Map<String, LogOdds.Score> ba = LogOdds.compare(B, A, prior, pi::get);

    for (String key : ab.keySet()) {
      assertThat(ba.get(key).z()).isCloseTo(-ab.get(key).z(), within(1e-12));
      assertThat(ba.get(key).countA()).isEqualTo(ab.get(key).countB());
    }
  }

  @Test
  void swappingTheTextsNegatesEveryScoreAndChangesNothingElse() {
    LogOdds.Prior prior = LogOdds.Prior.standard();
    Map<String, LogOdds.Score> ab = LogOdds.compare(A, B, prior);
    Map<String, LogOdds.Score> ba = LogOdds.compare(B, A, prior);

    assertThat(ba.keySet()).isEqualTo(ab.keySet());
    for (String key : ab.keySet()) {
      assertThat(ba.get(key).z()).isCloseTo(-ab.get(key).z(), within(1e-12));
      assertThat(ba.get(key).delta()).isCloseTo(-ab.get(key).delta(), within(1e-12));
      assertThat(ba.get(key).countA()).isEqualTo(ab.get(key).countB());
      assertThat(ba.get(key).countB()).isEqualTo(ab.get(key).countA());
    }
  }
}
