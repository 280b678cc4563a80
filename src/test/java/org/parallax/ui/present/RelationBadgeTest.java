package org.parallax.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

class RelationBadgeTest {
  @Test
  void theWordsOnEveryBuiltInRelationsChipAreReadable() {
    for (TagKind kind : Codebook.defaults().kinds(TagTarget.LINK)) {
      Color fill = Color.web(kind.colour());

      assertThat(contrast(RelationBadge.readableOn(fill), fill))
          .as(kind.id())
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void aPaleRelationColourGetsBlackWordsAndADeepOneWhite() {
    assertThat(RelationBadge.readableOn(Color.web("#ffeb3b"))).isEqualTo(Color.BLACK);
    assertThat(RelationBadge.readableOn(Color.web("#1a237e"))).isEqualTo(Color.WHITE);
  }

  private static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
