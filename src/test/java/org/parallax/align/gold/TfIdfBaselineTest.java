package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.Side;

class TfIdfBaselineTest {

  private static final Document A =
      GoldDocuments.toDocument("A\n\nRed apples grow here. Blue skies.");
  private static final Document B =
      GoldDocuments.toDocument("B\n\nRed apples grow everywhere. Nothing else.");
  private static final List<Claim> A_CLAIMS = SimpleSentenceSplitter.split(A, Side.A);
  private static final List<Claim> B_CLAIMS = SimpleSentenceSplitter.split(B, Side.B);

  @Test
  void claimsSharingRareWordsAreLinkedWithTheirCosineAsScore() {
    // Four claims. red, apples, grow occur in two of them (idf ln 2); here and everywhere in one
    // (idf ln 4 = 2 ln 2). A1 and B1 each weigh (1, 1, 1, 2) in units of ln 2 and share the
    // first three terms: cosine = 3 / (sqrt 7 * sqrt 7) = 3/7.
    List<Link> links = TfIdfBaseline.threshold(0.3).align(A, A_CLAIMS, B, B_CLAIMS);

    assertThat(links).hasSize(1);
    assertThat(links.get(0).aClaims()).containsExactly("A1");
    assertThat(links.get(0).bClaims()).containsExactly("B1");
    assertThat(links.get(0).score()).isCloseTo(3.0 / 7, within(1e-9));
    assertThat(links.get(0).reasons()).containsExactly("tf-idf cosine 0.43");
  }

  @Test
  void pairsBelowTheThresholdAreNotLinked() {
    assertThat(TfIdfBaseline.threshold(0.5).align(A, A_CLAIMS, B, B_CLAIMS)).isEmpty();
  }

  @Test
  void mutualBestKeepsOnlyPairsThatPreferEachOther() {
    // A1 and A2 both share "red apples grow" with B1, but A2 also shares "everywhere":
    // cos(A1, B1) is about 0.10 and cos(A2, B1) about 0.52, so B1 prefers A2.
    Document a = GoldDocuments.toDocument("A\n\nRed apples grow here. Red apples grow everywhere.");
    Document b = GoldDocuments.toDocument("B\n\nRed apples grow everywhere today. Blue skies.");
    List<Claim> aClaims = SimpleSentenceSplitter.split(a, Side.A);
    List<Claim> bClaims = SimpleSentenceSplitter.split(b, Side.B);

    assertThat(TfIdfBaseline.threshold(0.05).align(a, aClaims, b, bClaims))
        .extracting(link -> link.aClaims().get(0) + "-" + link.bClaims().get(0))
        .containsExactly("A1-B1", "A2-B1");
    assertThat(TfIdfBaseline.mutualBest(0.05).align(a, aClaims, b, bClaims))
        .extracting(link -> link.aClaims().get(0) + "-" + link.bClaims().get(0))
        .containsExactly("A2-B1");
  }

  @Test
  void theStandardRuleIsMutualBestAboveTheDefaultFloor() {
    assertThat(TfIdfBaseline.standard().align(A, A_CLAIMS, B, B_CLAIMS))
        .isEqualTo(
            TfIdfBaseline.mutualBest(TfIdfBaseline.DEFAULT_FLOOR).align(A, A_CLAIMS, B, B_CLAIMS));
    assertThat(TfIdfBaseline.DEFAULT_FLOOR).isEqualTo(0.1);
  }

  @Test
  void tokensAreCaseInsensitiveWholeWords() {
    assertThat(TfIdfBaseline.counts("The dam, the DAM and dams"))
        .containsEntry("the", 2)
        .containsEntry("dam", 2)
        .containsEntry("dams", 1)
        .containsEntry("and", 1)
        .hasSize(4);
  }

  @Test
  void aThresholdOutsideTheUnitIntervalIsRejected() {
    assertThatThrownBy(() -> TfIdfBaseline.threshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be in (0, 1], was 0.0");
  }
}
