package org.parallax.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Theme;
import org.parallax.ui.Wcag;
import org.parallax.ui.reading.RelationPalette;

class RelationBadgeTest {
  @Test
  void theWordsOnEveryBuiltInRelationsChipAreReadable() {
    for (TagKind kind : Codebook.defaults().kinds(TagTarget.LINK)) {
      Color fill = Color.web(kind.colour());

      assertThat(Wcag.contrast(RelationBadge.readableOn(fill), fill))
          .as(kind.id())
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void inHighContrastTheWordsOnEveryChipStandOutSevenToOneAndTheChipFromBlack() {
    List<String[]> chips = new java.util.ArrayList<>();
    for (TagKind kind : Codebook.defaults().kinds(TagTarget.LINK)) {
      chips.add(new String[] {kind.id(), kind.label(), kind.colour()});
    }
    chips.add(new String[] {"", "", ""});
    chips.add(new String[] {"mine", "Mine", "#1565c0"});
    chips.add(new String[] {"murky", "Murky", "#556b2f"});

    for (String[] chip : chips) {
      Color fill = RelationBadge.fill(chip[0], chip[1], chip[2], Theme.Look.HIGH_CONTRAST);

      assertThat(Wcag.contrast(RelationBadge.readableOn(fill), fill))
          .as(chip[0])
          .isGreaterThanOrEqualTo(7);
      assertThat(Wcag.contrast(fill, Color.BLACK)).as(chip[0]).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void inHighContrastABuiltInRelationsChipHasTheRibbonsColour() {
    Color fill = RelationBadge.fill("agree", "Agree", "#2e7d32", Theme.Look.HIGH_CONTRAST);

    assertThat(fill).isEqualTo(RelationPalette.mark("agree", Theme.Look.HIGH_CONTRAST));
  }

  @Test
  void aPaleRelationColourGetsBlackWordsAndADeepOneWhite() {
    assertThat(RelationBadge.readableOn(Color.web("#ffeb3b"))).isEqualTo(Color.BLACK);
    assertThat(RelationBadge.readableOn(Color.web("#1a237e"))).isEqualTo(Color.WHITE);
  }
}
