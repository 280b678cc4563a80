package org.parallax.store.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReanchorerTest {
  private static final String OLD =
      "The road reopened on Monday. Officials called it a humanitarian corridor.\n\n"
          + "Critics said the checkpoint blocked supplies for months.\n\n"
          + "Residents left by the Lachin road.";

  private static Selector selectorOf(String sentence) {
    int start = OLD.indexOf(sentence);
    return Selector.of(OLD, start, start + sentence.length());
  }

  private static String placed(String text, Placement placement) {
    Span span = placement.span().orElseThrow();
    return text.substring(span.start(), span.end());
  }

  @Test
  void anUnchangedTextKeepsThePosition() {
    Placement p = Reanchorer.place(OLD, selectorOf("Critics said the checkpoint"));

    assertThat(p.method()).isEqualTo(Placement.Method.POSITION);
    assertThat(p.span()).contains(new Span(75, 102));
  }

  @Test
  void aMovedParagraphIsFoundByItsExactQuote() {
    String moved =
        "Residents left by the Lachin road.\n\n"
            + "The road reopened on Monday. Officials called it a humanitarian corridor.\n\n"
            + "Critics said the checkpoint blocked supplies for months.";

    Placement p = Reanchorer.place(moved, selectorOf("Residents left by the Lachin road."));

    assertThat(p.method()).isEqualTo(Placement.Method.EXACT_QUOTE);
    assertThat(p.span()).contains(new Span(0, 34));
  }

  @Test
  void ofTwoExactOccurrencesTheOneNearestTheOldPositionWins() {
    String text = "road " + "x".repeat(200) + " road " + "y".repeat(20);
    Selector nearEnd = new Selector(new Span(190, 194), new TextQuote("road", "", ""));

    assertThat(Reanchorer.place(text, nearEnd).span()).contains(new Span(206, 210));
  }

  @Test
  void aWordEditedInsideTheQuoteIsFoundByFuzzyMatching() {
    String edited = OLD.replace("blocked supplies", "blocked food supplies");

    Placement p =
        Reanchorer.place(
            edited, selectorOf("Critics said the checkpoint blocked supplies for months."));

    assertThat(p.method()).isEqualTo(Placement.Method.FUZZY_QUOTE);
    assertThat(placed(edited, p))
        .isEqualTo("Critics said the checkpoint blocked food supplies for months.");
  }

  @Test
  void aSpellingCorrectionInAShortTermIsFoundThroughItsContext() {
    String old = "They crossed at the chekpoint near the river.";
    String corrected = "They crossed at the checkpoint near the river.";
    Selector term = Selector.of(old, 20, 29); // "chekpoint"

    Placement p = Reanchorer.place(corrected, term);

    assertThat(placed(corrected, p)).isEqualTo("checkpoint");
  }

  @Test
  void aDeletedSentenceBecomesAnOrphan() {
    String shortened = OLD.replace("Officials called it a humanitarian corridor.", "");

    Placement p =
        Reanchorer.place(shortened, selectorOf("Officials called it a humanitarian corridor."));

    assertThat(p.isOrphan()).isTrue();
    assertThat(p.method()).isEqualTo(Placement.Method.ORPHAN);
  }

  @Test
  void aShortTermWhoseContextIsGoneIsNotGuessed() {
    String old = "The blockade lasted nine months.";
    String unrelated = "Negotiators met in Brussels and Geneva; a blackade of ideas followed.";

    assertThat(Reanchorer.place(unrelated, Selector.of(old, 4, 12)).isOrphan()).isTrue();
  }

  @Test
  void aPositionThatNowHoldsOtherTextIsNotTrusted() {
    String shifted = "Yesterday, " + OLD;

    Placement p = Reanchorer.place(shifted, selectorOf("Officials called it"));

    assertThat(p.method()).isEqualTo(Placement.Method.EXACT_QUOTE);
    assertThat(p.span()).contains(new Span(29 + 11, 29 + 11 + 19));
  }
}
