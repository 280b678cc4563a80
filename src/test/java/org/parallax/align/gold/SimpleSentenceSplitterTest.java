package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

class SimpleSentenceSplitterTest {

  private static List<String> sentences(String text, Side side) {
    Document document = GoldDocuments.toDocument(text);
    return SimpleSentenceSplitter.split(document, side).stream()
        .map(claim -> claim.id() + ":" + claim.textIn(document))
        .toList();
  }

  @Test
  void eachSentenceOfAParagraphIsAClaimNumberedInTextOrder() {
    assertThat(
            sentences("Title\n\nIt rained. Was it cold? Yes! It was.\n\nThen it stopped.", Side.B))
        .containsExactly(
            "B1:It rained.", "B2:Was it cold?", "B3:Yes!", "B4:It was.", "B5:Then it stopped.");
  }

  @Test
  void aPeriodNotFollowedBySpaceAndCapitalDoesNotEndASentence() {
    assertThat(sentences("Title\n\nIt cost 3.5 million. prices rose.", Side.A))
        .containsExactly("A1:It cost 3.5 million. prices rose.");
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    assertThat(sentences("Title\n\nShe said \"No.\" Then she left.", Side.A))
        .containsExactly("A1:She said \"No.\"", "A2:Then she left.");
  }

  @Test
  void headingsHoldNoClaims() {
    List<Claim> claims =
        SimpleSentenceSplitter.split(
            GoldDocuments.toDocument("Title\n\nSection one\n\nText."), Side.A);
    assertThat(claims).containsExactly(new Claim("A1", Side.A, 20, 25));
  }
}
