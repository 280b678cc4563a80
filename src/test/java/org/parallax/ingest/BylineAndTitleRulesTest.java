package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.Fixtures.BODY;
import static org.parallax.ingest.Fixtures.blockTexts;
import static org.parallax.ingest.Fixtures.clean;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;

/** The byline and the title at the top of an essay. */
class BylineAndTitleRulesTest {

  @Test
  void aSimpleBylineIsRemovedAndGivesTheAuthors() {
    Document d = clean("By Jane Doe and John Roe\n\n" + BODY);
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.metadata().authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("byline (authors and date kept as metadata)");
  }

  @Test
  void aCatalogueStyleBylineGivesNamesInReadingOrderAndTheFirstPublicationDate() {
    Document d =
        clean(
            "Friday 6 March 2020, by [DOE Jane](#), [ROE-SMITH John](#) (Date first published: 4"
                + " March 2020).\n\n"
                + BODY);
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.metadata().authors()).containsExactly("Jane Doe", "John Roe-Smith");
    assertThat(d.metadata().date()).isEqualTo("2020-03-04");
  }

  @Test
  void authorsFromHintsWinOverTheByline() {
    Document d = clean("By Jane Doe\n\n" + BODY, Fixtures.authors("J. Doe"));
    assertThat(d.metadata().authors()).containsExactly("J. Doe");
    assertThat(blockTexts(d)).containsExactly(BODY);
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    String sentence = "By the end of the war, the town had lost half of its people.";
    Document d = clean(sentence + "\n\n" + BODY);
    assertThat(blockTexts(d)).containsExactly(sentence, BODY);
    assertThat(d.metadata().authors()).isEmpty();
  }

  @Test
  void aLineRepeatingTheKnownTitleIsRemoved() {
    Document d = clean("The Old Bridge\n\n" + BODY, Fixtures.title("The old bridge"));
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("title repeated at the top");
  }

  @Test
  void aHeadingThatIsTheTitleWithoutTheSiteNameIsRemoved() {
    Document d =
        clean(
            "Repairing the old bridge\n\n" + BODY,
            Fixtures.title("Repairing the old bridge | Town News"));
    assertThat(blockTexts(d)).containsExactly(BODY);
  }

  @Test
  void withoutATitleTheFirstHeadingLikeLineBecomesTheTitle() {
    Document d = clean("Repairing the old bridge\n\n" + BODY);
    assertThat(d.metadata().title()).isEqualTo("Repairing the old bridge");
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("title (kept as the document's title)");
  }

  @Test
  void aTitleEndingInAWordLike_over_IsStillATitleNotTheStartOfTheFirstSentence() {
    String title =
        "A modern-day ethnic cleansing: Karabakh Armenians flee as Azerbaijan takes over";

    Document d = clean(title + "\n\n" + BODY);

    assertThat(d.metadata().title()).isEqualTo(title);
    assertThat(blockTexts(d)).containsExactly(BODY);
  }

  @Test
  void aFirstLineThatIsASentenceIsNotTakenAsTitle() {
    Document d = clean(BODY + "\n\n" + Fixtures.MORE_BODY);
    assertThat(d.metadata().title()).isEqualTo("fixture"); // named after fixture.txt
    assertThat(d.blocks()).hasSize(2);
  }
}
