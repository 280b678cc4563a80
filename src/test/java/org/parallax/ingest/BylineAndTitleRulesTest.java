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
        .containsExactly("byline (kept as metadata: authors Jane Doe, John Roe)");
  }

  @Test
  void aBylineUnderTheTitleOnTheNextLineIsNotPartOfTheTitle() {
    Document d = clean("A modern-day ethnic cleansing\nBy Ani Petrosyan\n\n" + BODY);
    assertThat(d.metadata().title()).isEqualTo("A modern-day ethnic cleansing");
    assertThat(d.metadata().authors()).containsExactly("Ani Petrosyan");
    assertThat(blockTexts(d)).containsExactly(BODY);
  }

  @Test
  void aBylineInBoldIsStillABylineAndNotAHeading() {
    Document d = clean("A modern-day ethnic cleansing\n\n**By Ani Petrosyan**\n\n" + BODY);
    assertThat(d.metadata().authors()).containsExactly("Ani Petrosyan");
    assertThat(blockTexts(d)).containsExactly(BODY);
  }

  @Test
  void threeAuthorsWithCommasAndAnd() {
    Document d = clean("By Ani Petrosyan, Tigran Sargsyan and Lilit Avetisyan\n\n" + BODY);
    assertThat(d.metadata().authors())
        .containsExactly("Ani Petrosyan", "Tigran Sargsyan", "Lilit Avetisyan");
  }

  @Test
  void namesThenABarAndADateGiveTheAuthorsAndTheDate() {
    Document d = clean("Ani Petrosyan and Tigran Sargsyan | 28 September 2023\n\n" + BODY);
    assertThat(d.metadata().authors()).containsExactly("Ani Petrosyan", "Tigran Sargsyan");
    assertThat(d.metadata().date()).isEqualTo("2023-09-28");
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly(
            "byline (kept as metadata: authors Ani Petrosyan, Tigran Sargsyan; date 2023-09-28)");
  }

  @Test
  void anAuthorLabelIsAByline() {
    Document d = clean("Title of the piece\n\nAuthor: Ani Petrosyan\n\n" + BODY);
    assertThat(d.metadata().authors()).containsExactly("Ani Petrosyan");
    assertThat(blockTexts(d)).containsExactly(BODY);
  }

  @Test
  void writtenByIsAByline() {
    assertThat(clean("Written by Ani Petrosyan\n\n" + BODY).metadata().authors())
        .containsExactly("Ani Petrosyan");
  }

  @Test
  void aRoleAfterTheNameIsNotAnAuthor() {
    assertThat(clean("by Ani Petrosyan, Staff Writer\n\n" + BODY).metadata().authors())
        .containsExactly("Ani Petrosyan");
  }

  @Test
  void aNameInCapitalsIsWrittenAsAName() {
    assertThat(clean("By ANI PETROSYAN\n\n" + BODY).metadata().authors())
        .containsExactly("Ani Petrosyan");
  }

  @Test
  void aLineOfNamesWithoutADateIsNotAByline() {
    String line = "Stepanakert and Yerevan";
    Document d = clean("Some title here\n\n" + line + "\n\n" + BODY);
    assertThat(d.metadata().authors()).isEmpty();
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
