package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter gives the figures of published worked examples, computed by DKPro Agreement. */
class CodingTest {

  /**
   * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers,
   * twelve units, values 1 to 5, some missing ("."). Nominal alpha is 0.743 there.
   */
  @Test
  void krippendorffsOwnNominalExampleWithMissingValuesGivesPointSevenFourThree() {
    String[] observers = {
      "1 2 3 3 2 1 4 1 2 . . .",
      "1 2 3 3 2 2 4 1 2 5 . 3",
      ". 3 3 3 2 3 4 2 2 5 1 .",
      "1 2 3 3 2 4 4 1 2 5 1 ."
    };

    Double alpha = Coding.alpha(byUnit(observers), 4);

    assertThat(alpha).isCloseTo(0.743, within(0.0005));
  }

  /**
   * The worked example of the Wikipedia article "Cohen's kappa": 50 grant proposals, both readers
   * say yes to 20 and no to 15, A alone says yes to 5 and B alone to 10. p_o = 0.7, p_e = 0.5,
   * kappa = 0.4.
   */
  @Test
  void cohensGrantProposalExampleGivesPointFourAndSeventyPercent() {
    List<Object[]> items = twoReaders(20, 5, 10, 15);

    assertThat(Coding.kappa(items)).isCloseTo(0.4, within(1e-9));
    assertThat(Coding.percent(items, 2)).isCloseTo(0.7, within(1e-9));
  }

  /**
   * The same article's first "same percentage, different kappa" table: 45 yes-yes, 15 yes-no, 25
   * no-yes, 15 no-no; p_o = 0.60, p_e = 0.54, kappa = 0.1304.
   */
  @Test
  void cohensFirstSamePercentageTableGivesPointOneThree() {
    assertThat(Coding.kappa(twoReaders(45, 15, 25, 15))).isCloseTo(0.1304, within(0.00005));
  }

  @Test
  void aFigureThatIsNotDefinedIsNullNotANumber() {
    List<Object[]> allAlike = List.of(new Object[] {"x", "x"}, new Object[] {"x", "x"});

    assertThat(Coding.kappa(allAlike)).isNull();
    assertThat(Coding.alpha(allAlike, 2)).isNull();
    assertThat(Coding.percent(allAlike, 2)).isEqualTo(1.0);
    assertThat(Coding.kappa(List.of())).isNull();
    assertThat(Coding.percent(List.of(), 2)).isNull();
  }

  /** Items in the order yes-yes, A yes B no, A no B yes, no-no. */
  private static List<Object[]> twoReaders(int yesYes, int yesNo, int noYes, int noNo) {
    List<Object[]> items = new ArrayList<>();
    add(items, yesYes, "yes", "yes");
    add(items, yesNo, "yes", "no");
    add(items, noYes, "no", "yes");
    add(items, noNo, "no", "no");
    return items;
  }

  private static void add(List<Object[]> items, int times, String a, String b) {
    for (int i = 0; i < times; i++) {
      items.add(new Object[] {a, b});
    }
  }

  /** Rows of observers ("." missing) turned into items of units. */
  private static List<Object[]> byUnit(String[] observers) {
    String[][] values = new String[observers.length][];
    for (int o = 0; o < observers.length; o++) {
      values[o] = observers[o].split(" ");
    }
    List<Object[]> items = new ArrayList<>();
    for (int u = 0; u < values[0].length; u++) {
      Object[] item = new Object[observers.length];
      for (int o = 0; o < observers.length; o++) {
        item[o] = values[o][u].equals(".") ? null : Integer.valueOf(values[o][u]);
      }
      items.add(item);
    }
    return items;
  }
}
