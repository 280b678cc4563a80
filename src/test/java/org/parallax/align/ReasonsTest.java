package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void reasonsReadInAFixedOrderWithTwoDecimalMeaning() {
    Reasons reasons = new Reasons();
    reasons.meaning(0.7123);
    reasons.equivalent("Khankendi", "Stepanakert");
    reasons.shared("Lachin road");
    reasons.shared("checkpoint");
    reasons.sameEvent("19 September");

    assertThat(reasons.toList())
        .containsExactly(
            "same event: 19 September",
            "shared: Lachin road, checkpoint",
            "equivalent: Khankendi = Stepanakert",
            "meaning similarity 0.71");
  }

  @Test
  void aSharedWordInsideASharedPhraseIsNotRepeated() {
    Reasons reasons = new Reasons();
    reasons.shared("Lachin");
    reasons.shared("Lachin road");
    reasons.shared("road");

    assertThat(reasons.toList()).containsExactly("shared: Lachin road");
  }

  @Test
  void absorbingKeepsTheHigherMeaningAndTheUnionOfItems() {
    Reasons first = new Reasons();
    first.meaning(0.4);
    first.shared("dam");
    Reasons second = new Reasons();
    second.meaning(0.6);
    second.shared("salmon");

    first.absorb(second);

    assertThat(first.toList()).containsExactly("shared: dam, salmon", "meaning similarity 0.60");
  }

  @Test
  void anEquivalenceFoundTwiceInDifferentCaseIsListedOnce() {
    Reasons first = new Reasons();
    first.equivalent("Xankəndi", "Stepanakert");
    Reasons second = new Reasons();
    second.equivalent("XANKƏNDI", "STEPANAKERT");
    second.equivalent("Shusha", "Shushi");

    first.absorb(second);

    assertThat(first.toList())
        .containsExactly("equivalent: Xankəndi = Stepanakert, Shusha = Shushi");
  }

  @Test
  void commonWordsEachSidePrefersAreContestedTermsNotEquivalents() {
    Reasons reasons = new Reasons();
    reasons.equivalent("reintegration", "exodus");
    reasons.equivalent("Khankendi", "Stepanakert");

    assertThat(reasons.toList())
        .containsExactly(
            "equivalent: Khankendi = Stepanakert", "contested terms: reintegration / exodus");
  }

  @Test
  void aNameAnEquivalenceNamesIsNotAlsoListedAsShared() {
    Reasons reasons = new Reasons();
    reasons.shared("Karabakh");
    reasons.shared("Baku");
    reasons.shared("checkpoint");
    reasons.equivalent("Karabakh", "Nagorno-Karabakh");
    reasons.equivalent("checkpoint", "blockade");

    assertThat(reasons.toList())
        .containsExactly(
            "shared: Baku",
            "equivalent: Karabakh = Nagorno-Karabakh",
            "contested terms: checkpoint / blockade");
  }

  @Test
  void theCapitalisedFormOfASharedWordWins() {
    Reasons reasons = new Reasons();
    reasons.shared("azerbaijan");
    reasons.shared("Azerbaijan");
    reasons.shared("many");
    reasons.shared("MANY");

    assertThat(reasons.toList()).containsExactly("shared: Azerbaijan, MANY");
  }
}
