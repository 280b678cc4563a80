package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProportionsTest {

  private static List<String> surfaces(String text) {
    return Proportions.find(text).stream().map(Proportions.Share::surface).toList();
  }

  @Test
  void fractionsInWordsAndPercentagesAreShares() {
    assertThat(surfaces("Two thirds of parents agreed, 33% did not and half stayed away."))
        .containsExactly("two thirds", "33%", "half");
    assertThat(surfaces("Rents rose by 12.5 per cent and prices by a fifth."))
        .containsExactly("12.5 per cent", "a fifth");
  }

  @Test
  void aThirdIsThirtyThreePerCentGiveOrTakeAPoint() {
    Proportions.Share third = Proportions.find("a third of the town").get(0);
    Proportions.Share percent = Proportions.find("33 per cent of the town").get(0);
    Proportions.Share forty = Proportions.find("40% of the town").get(0);

    assertThat(Proportions.same(third, percent)).isTrue();
    assertThat(Proportions.same(third, forty)).isFalse();
  }

  @Test
  void aShareNamesTheFigureItIsReadFromSoThatItIsNoCount() {
    assertThat(Proportions.find("Two thirds of parents").get(0).number()).isEqualTo("2");
    assertThat(Proportions.find("33% of parents").get(0).number()).isEqualTo("33");
    assertThat(Proportions.find("a third of parents").get(0).number()).isEmpty();
  }

  @Test
  void aQuarterPastEightIsATimeNotAShare() {
    assertThat(surfaces("The bus leaves at a quarter past eight.")).isEmpty();
  }
}
