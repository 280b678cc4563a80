package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.Fixtures.BODY;
import static org.parallax.ingest.Fixtures.MORE_BODY;
import static org.parallax.ingest.Fixtures.blockTexts;
import static org.parallax.ingest.Fixtures.clean;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;

/** Author biographies at the end move from the body to the author notes. */
class AuthorBioRuleTest {

  private static final String BIO = "Jane Doe is a lecturer in civil engineering at a university.";

  @Test
  void aClosingBioOfAKnownAuthorBecomesAnAuthorNote() {
    Document d = clean(BODY + "\n\n" + BIO, Fixtures.authors("Jane Doe"));
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.metadata().authorNotes()).containsExactly(BIO);
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("author biography (kept as author notes)");
  }

  @Test
  void aBioNamingTheAuthorBySurnameCounts() {
    String bio = "Doe has written two books about bridges.";
    Document d = clean(BODY + "\n\n" + bio, Fixtures.authors("Jane Doe"));
    assertThat(d.metadata().authorNotes()).containsExactly(bio);
  }

  @Test
  void aParagraphAboutSomeoneElseAtTheEndStays() {
    String other = "John Roe is the mayor who opened the bridge in the end.";
    Document d = clean(BODY + "\n\n" + other, Fixtures.authors("Jane Doe"));
    assertThat(blockTexts(d)).containsExactly(BODY, other);
    assertThat(d.metadata().authorNotes()).isEmpty();
  }

  @Test
  void aBioInTheMiddleOfTheEssayStays() {
    Document d = clean(BIO + "\n\n" + BODY + "\n\n" + MORE_BODY, Fixtures.authors("Jane Doe"));
    assertThat(blockTexts(d)).containsExactly(BIO, BODY, MORE_BODY);
  }

  @Test
  void withoutKnownAuthorsAClosingNameIsANounParagraphCountsAsBio() {
    String bio = "Ann Lee is an economist at a policy institute in Vienna.";
    Document d = clean(BODY + "\n\n" + bio);
    assertThat(blockTexts(d)).containsExactly(BODY);
    assertThat(d.metadata().authorNotes()).containsExactly(bio);
  }

  @Test
  void withoutKnownAuthorsAClosingParagraphNamingNoRoleStays() {
    String closing =
        "Unity Square is a name for everyone. It belongs to all of us. Let us learn to use it.";
    Document d = clean(BODY + "\n\n" + closing);
    assertThat(blockTexts(d)).containsExactly(BODY, closing);
    assertThat(d.metadata().authorNotes()).isEmpty();
  }

  @Test
  void severalBiosKeepTheirOrder() {
    String second = "John Roe is a photographer.";
    Document d =
        clean(BODY + "\n\n" + BIO + "\n\n" + second, Fixtures.authors("Jane Doe", "John Roe"));
    assertThat(d.metadata().authorNotes()).containsExactly(BIO, second);
  }

  @Test
  void aClosingCreditLineIsRemovedAndBecomesThePublisher() {
    Document d = clean(BODY + "\n\n" + MORE_BODY + "\n\nTown News Weekly");
    assertThat(blockTexts(d)).containsExactly(BODY, MORE_BODY);
    assertThat(d.metadata().publisher()).isEqualTo("Town News Weekly");
    assertThat(d.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("publisher credit at the end");
  }
}
