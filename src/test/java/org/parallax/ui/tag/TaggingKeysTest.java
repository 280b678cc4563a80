package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.IndexRange;
import org.junit.jupiter.api.Test;
import org.parallax.model.Side;

class TaggingKeysTest {

  @Test
  void wordsSelectedOnTheOtherSideAreTheOnesMeantWhenTheActiveSideHasNone() {
    assertThat(
            TaggingKeys.withSelectedWords(
                Side.B, side -> side == Side.A ? new IndexRange(4, 20) : new IndexRange(7, 7)))
        .isEqualTo(Side.A);
  }

  @Test
  void theActiveSideWinsWhenBothHaveWordsSelectedOrNeither() {
    assertThat(TaggingKeys.withSelectedWords(Side.B, side -> new IndexRange(4, 20)))
        .isEqualTo(Side.B);
    assertThat(TaggingKeys.withSelectedWords(Side.A, side -> new IndexRange(3, 3)))
        .isEqualTo(Side.A);
  }
}
