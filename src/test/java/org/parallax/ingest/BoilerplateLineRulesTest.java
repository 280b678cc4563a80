package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parallax.ingest.Fixtures.BODY;
import static org.parallax.ingest.Fixtures.MORE_BODY;
import static org.parallax.ingest.Fixtures.blockTexts;
import static org.parallax.ingest.Fixtures.clean;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.RemovedPassage;

/** Page furniture lines that full cleaning removes, and look-alikes it must keep. */
class BoilerplateLineRulesTest {

  @Test
  void aBreadcrumbWithThreeSeparatorsIsRemoved() {
    Document d = clean("News » World › Europe > Alpine towns\n\n" + BODY);
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason, RemovedPassage::text)
        .containsExactly(tuple("breadcrumb navigation", "News » World › Europe > Alpine towns"));
  }

  @Test
  void aLineWithOnlyTwoArrowsIsNotABreadcrumb() {
    String comparison = "Prices rose: bread > milk > eggs in the spring survey.";
    assertThat(blockTexts(clean(comparison + "\n\n" + BODY))).containsExactly(comparison, BODY);
  }

  @Test
  void aNewsletterInvitationIsRemovedAsSubscriptionNotice() {
    Document d = clean(BODY + "\n\nSign up for our weekly newsletter and never miss a story.");
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("subscription notice");
  }

  @Test
  void subscribingToAViewIsProseNotASubscriptionNotice() {
    String prose = "Many farmers subscribe to the view that the river should be dammed.";
    assertThat(blockTexts(clean(BODY + "\n\n" + prose))).containsExactly(BODY, prose);
  }

  @Test
  void sharingAndReadMorePromptsAreRemoved() {
    Document d =
        clean(
            "Share this article\n\n" + BODY + "\n\nRead more: Bridges of the Alps\n\n" + MORE_BODY);
    assertThat(blockTexts(d)).containsExactly(BODY, MORE_BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsOnly("sharing or “read more” prompt")
        .hasSize(2);
  }

  @Test
  void aSentenceThatBeginsWithReadMoreIsProse() {
    String prose = "Read more carefully, the treaty says nothing about the bridge.";
    assertThat(blockTexts(clean(BODY + "\n\n" + prose))).containsExactly(BODY, prose);
  }

  @Test
  void pageNumbersLeftFromAPdfAreRemoved() {
    Document d = clean(BODY + "\n\nPage 3 of 12\n\n" + MORE_BODY + "\n\n- 4 -");
    assertThat(blockTexts(d)).containsExactly(BODY, MORE_BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsOnly("page number")
        .hasSize(2);
  }

  @Test
  void aCookieBannerIsRemoved() {
    Document d = clean("We use cookies to improve your experience. Accept all\n\n" + BODY);
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.removed()).extracting(RemovedPassage::reason).containsExactly("cookie notice");
  }

  @Test
  void cookiesInASentenceAboutBakingStay() {
    String prose = "Her grandmother baked cookies for the whole street every Sunday.";
    assertThat(blockTexts(clean(BODY + "\n\n" + prose))).containsExactly(BODY, prose);
  }

  @Test
  void anAdvertisementLabelIsRemoved() {
    Document d = clean(BODY + "\n\nAdvertisement\n\n" + MORE_BODY);
    assertThat(blockTexts(d)).containsExactly(BODY, MORE_BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("advertisement label");
  }

  @Test
  void aLonePostscriptMarkerIsRemoved() {
    Document d = clean(BODY + "\n\nP.S.\n\n" + MORE_BODY);
    assertThat(blockTexts(d)).containsExactly(BODY, MORE_BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason, RemovedPassage::text)
        .containsExactly(tuple("empty “P.S.” marker", "P.S."));
  }

  @Test
  void aPostscriptWithTextIsKept() {
    String postscript = "P.S. The bridge reopened a week later than planned.";
    assertThat(blockTexts(clean(BODY + "\n\n" + postscript))).containsExactly(BODY, postscript);
  }

  @Test
  void aBareAddressLineIsRemovedAndBecomesTheSourceUrl() {
    Document d = clean(BODY + "\n\n<https://example.org/bridge>\n\nhttps://example.org/other");
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.metadata().sourceUrl()).isEqualTo("https://example.org/bridge");
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("source address (kept as the source URL)", "bare web address");
  }

  @Test
  void aKnownSourceUrlIsNotReplacedByAnAddressInTheText() {
    DocumentMetadata hints =
        new DocumentMetadata("", null, "", "", "", "https://example.org/original", null);
    Document d = clean(BODY + "\n\nhttps://example.org/copy", hints);
    assertThat(d.metadata().sourceUrl()).isEqualTo("https://example.org/original");
    assertThat(d.removed()).extracting(RemovedPassage::reason).containsExactly("bare web address");
  }
}
