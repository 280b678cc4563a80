package org.parallax.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

class RelationTintsTest {

  @Test
  void theBuiltInRelationsInTheirOwnColoursNeedNoRulesOfTheirOwn() {
    assertThat(RelationTints.css(Codebook.defaults())).isEmpty();
  }

  @Test
  void aRecolouredOrAddedRelationGetsAPaleAndADeepShadeOfItsColour() {
    List<TagKind> kinds = new ArrayList<>();
    for (TagKind k : Codebook.defaults().kinds()) {
      kinds.add(
          k.id().equals("reframe")
              ? new TagKind(k.id(), k.target(), k.label(), "#800000", k.description())
              : k);
    }
    kinds.add(new TagKind("takes sides!", TagTarget.LINK, "Takes sides", "#0000ff", ""));

    String css = RelationTints.css(new Codebook(kinds));

    // 16% of the way from white to #800000: red 255 - 0.16 * 127 = 235 (eb), green and blue
    // 255 * 0.84 = 214 (d6).

    assertThat(css)
        .contains(".document-area .rel-reframe { -rtfx-background-color: #ebd6d6; }")
        .contains(".root.dark .document-area .rel-reframe {")
        .contains(".document-area .rel-takes-sides- {")
        .doesNotContain("rel-agree");
    String sheet = RelationTints.stylesheet(css);
    assertThat(sheet).startsWith("data:text/css;base64,");
    assertThat(new String(Base64.getDecoder().decode(sheet.substring(sheet.indexOf(',') + 1))))
        .isEqualTo(css);
  }
}
