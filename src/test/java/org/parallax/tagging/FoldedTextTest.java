package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {
  @Test
  void lettersOfEitherCaseFoldAlikeAndOffsetsStay() {
    String upper = "XANKƏNDİ — ՇՈՒՇԻ";
    String lower = "xankəndi — շուշի";
    assertThat(FoldedText.fold(upper)).isEqualTo(FoldedText.fold(lower)).hasSize(upper.length());
  }

  @Test
  void theSameTextIsFoldedOnceAndAnEqualButOtherTextOnItsOwn() {
    String text = new String("Lachin road, Lachin corridor");
    String folded = FoldedText.of(text);
    assertThat(FoldedText.of(text)).isSameAs(folded);
    assertThat(FoldedText.of(new String(text))).isEqualTo(folded).isNotSameAs(folded);
  }
}
