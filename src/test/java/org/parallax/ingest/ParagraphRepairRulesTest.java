package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parallax.ingest.Fixtures.BODY;
import static org.parallax.ingest.Fixtures.MORE_BODY;
import static org.parallax.ingest.Fixtures.blockTexts;
import static org.parallax.ingest.Fixtures.clean;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;

/** Link markup, paragraphs broken mid-sentence and repeated paragraphs. */
class ParagraphRepairRulesTest {

  @Test
  void linkMarkupIsReducedToItsTextAndRecordedOnce() {
    Document d =
        clean(
            "The [council](https://town.example/council) met on [Tuesday](#) at noon.\n\n"
                + "It voted on the [bridge](#) plan.");
    assertThat(blockTexts(d))
        .containsExactly("The council met on Tuesday at noon.", "It voted on the bridge plan.");
    assertThat(d.removed())
        .extracting(RemovedPassage::reason, RemovedPassage::text)
        .containsExactly(
            tuple(
                "link markup (3 links reduced to their text, addresses dropped)",
                "[council](https://town.example/council)"));
  }

  @Test
  void inlineImagesAreDropped() {
    Document d = clean("The bridge ![photo of the bridge](bridge.jpg) was repaired.");
    assertThat(blockTexts(d)).containsExactly("The bridge was repaired.");
  }

  @Test
  void aBreakBeforeALowerCaseWordIsJoined() {
    Document d = clean("The council met on Tuesday and agreed to\n\nrepair the old bridge.");
    assertThat(blockTexts(d))
        .containsExactly("The council met on Tuesday and agreed to repair the old bridge.");
    assertThat(d.removed()).isEmpty();
  }

  @Test
  void aBreakAfterAWordThatCannotEndASentenceIsJoinedEvenBeforeACapital() {
    Document d = clean("The council signed a maintenance contract with\n\nAlpine Works last year.");
    assertThat(blockTexts(d))
        .containsExactly("The council signed a maintenance contract with Alpine Works last year.");
  }

  @Test
  void paragraphsEndingInFullStopsAreNotJoined() {
    assertThat(blockTexts(clean(BODY + "\n\n" + MORE_BODY))).containsExactly(BODY, MORE_BODY);
  }

  @Test
  void aHeadingIsNotJoinedToTheParagraphAfterIt() {
    Document d = clean(BODY + "\n\nWhat comes next\n\n" + MORE_BODY);
    assertThat(blockTexts(d)).containsExactly(BODY, "What comes next", MORE_BODY);
  }

  @Test
  void aLeadRepeatedLaterIsRemovedFromTheTop() {
    String lead =
        "The town council agreed on Tuesday to repair the old stone bridge before the"
            + " first snow.";
    String later =
        "In the end the town council agreed on Tuesday to repair the old stone bridge"
            + " before the first snow, after years of delay.";
    Document d = clean(lead + "\n\n" + BODY + "\n\n" + later);
    assertThat(blockTexts(d)).containsExactly(BODY, later);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason, RemovedPassage::text)
        .containsExactly(tuple("lead paragraph repeated later in the body", lead));
  }

  @Test
  void anExactRepeatFarDownIsRemovedOnce() {
    String pullQuote =
        "Nobody in the valley remembers a winter in which the bridge stayed open"
            + " for every single day.";
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 12; n++) {
      text.append("Paragraph number ").append(n).append(" tells part of the story.\n\n");
    }
    text.append(pullQuote).append("\n\n").append(BODY).append("\n\n").append(pullQuote);
    Document d = clean(text.toString());
    assertThat(blockTexts(d)).containsOnlyOnce(pullQuote).endsWith(BODY, pullQuote);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("paragraph repeated later in the body");
  }

  @Test
  void paragraphsSharingSomeWordsAreBothKept() {
    String first =
        "The town council agreed on Tuesday to repair the old stone bridge before the"
            + " first snow.";
    String second =
        "On Friday the county council refused to pay for a new road to the old quarry"
            + " near the river.";
    assertThat(blockTexts(clean(first + "\n\n" + second))).containsExactly(first, second);
  }

  @Test
  void containmentCountsTheShareOfTheFirstTextsWordsFoundInTheSecond() {
    double share =
        RepeatedParagraphStep.containment(
            RepeatedParagraphStep.words("red green blue yellow"),
            RepeatedParagraphStep.words("Blue, red and green."));
    assertThat(share).isEqualTo(0.75);
  }
}
