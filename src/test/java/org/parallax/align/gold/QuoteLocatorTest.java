package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

class QuoteLocatorTest {

  private static final String TEXT =
      "The Mill Question\n\nThe mill closed in May. Sixty jobs went with it.\n\nThe mill may reopen.";
  private static final Document DOCUMENT = GoldDocuments.toDocument(TEXT);
  private static final List<Claim> CLAIMS = SimpleSentenceSplitter.split(DOCUMENT, Side.A);
  private static final String WHERE = "mill/links.tsv line 4, a.txt";

  @Test
  void aQuoteNamesTheClaimThatContainsIt() {
    assertThat(QuoteLocator.claimFor("Sixty jobs", DOCUMENT, CLAIMS, WHERE).id()).isEqualTo("A2");
  }

  @Test
  void aQuoteRunningIntoTheNextClaimNamesTheClaimWhereItStarts() {
    assertThat(QuoteLocator.claimFor("in May. Sixty", DOCUMENT, CLAIMS, WHERE).id())
        .isEqualTo("A1");
  }

  @Test
  void aMissingQuoteFailsNamingTheFileAndLine() {
    assertThatThrownBy(() -> QuoteLocator.claimFor("ninety jobs", DOCUMENT, CLAIMS, WHERE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mill/links.tsv line 4, a.txt: quote \"ninety jobs\" does not occur");
  }

  @Test
  void aQuoteThatOccursTwiceFailsWithItsCount() {
    assertThatThrownBy(() -> QuoteLocator.claimFor("The mill", DOCUMENT, CLAIMS, WHERE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mill/links.tsv line 4, a.txt: quote \"The mill\" occurs 2 times; it must be unique");
  }

  @Test
  void aQuoteInTheTitleFailsBecauseTheTitleHoldsNoClaim() {
    assertThatThrownBy(() -> QuoteLocator.claimFor("Mill Question", DOCUMENT, CLAIMS, WHERE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mill/links.tsv line 4, a.txt: quote \"Mill Question\" starts outside every claim");
  }

  @Test
  void uniqueOffsetIsWhereTheQuoteBegins() {
    assertThat(QuoteLocator.uniqueOffset("Sixty", TEXT, WHERE)).isEqualTo(TEXT.indexOf("Sixty"));
  }
}
