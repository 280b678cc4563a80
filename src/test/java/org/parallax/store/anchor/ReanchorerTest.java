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

  /** A long text of numbered sentences: "Sentence 0 tells of convoy 0 near Lachin. …". */
  private static String longText(int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append("Sentence ").append(i).append(" tells of convoy ").append(i * 7);
      text.append(" near Lachin. ");
    }
    return text.toString();
  }

  @Test
  void anEditedQuoteFarFromItsOldPlaceInALongTextIsFoundThroughItsWords() {
    String text = longText(5_000);
    String sentence = "Sentence 4321 tells of convoy 30247 near Lachin.";
    int at = text.indexOf(sentence);
    String edited = text.replace(sentence, "Sentence 4321 tells of the convoy 30247 near Lachin.");
    Selector selector =
        new Selector(new Span(10, 10 + sentence.length()), new TextQuote(sentence, "", ""));

    Placement p = Reanchorer.place(edited, selector);

    assertThat(p.method()).isEqualTo(Placement.Method.FUZZY_QUOTE);
    assertThat(p.span().orElseThrow().start()).isEqualTo(at);
    assertThat(placed(edited, p)).startsWith("Sentence 4321 tells of the convoy");
  }

  @Test
  void aLongExactQuoteIsFoundThroughTheIndexNearestItsOldPlace() {
    String text = longText(100) + "The convoy waited at the bridge for days. " + longText(100);
    String quote = "Sentence 50 tells of convoy 350 near Lachin.";
    int first = text.indexOf(quote);
    int second = text.indexOf(quote, first + 1);
    Selector nearSecond =
        new Selector(new Span(second - 5, second - 4), new TextQuote(quote, "", ""));

    Placement p = Reanchorer.place(text, nearSecond);

    assertThat(p.method()).isEqualTo(Placement.Method.EXACT_QUOTE);
    assertThat(p.span()).contains(new Span(second, second + quote.length()));
  }

  @Test
  void whenTheBudgetIsSpentTheRemainingQuotesBecomeOrphansWithoutBeingSought() {
    String text = longText(2_000);
    Reanchorer reanchorer = new Reanchorer(text, new WorkBudget(20_000));
    int placed = 0;
    int orphans = 0;
    for (int i = 0; i < 50; i++) {
      String quote = "Sentence " + i + " tells of the convoy " + (i * 7) + " near Lachin.";
      Placement p =
          reanchorer.place(new Selector(new Span(0, quote.length()), new TextQuote(quote, "", "")));
      if (p.isOrphan()) {
        orphans++;
      } else {
        placed++;
      }
    }

    assertThat(placed).isPositive();
    assertThat(orphans).isPositive();
    assertThat(placed + orphans).isEqualTo(50);
  }

  @Test
  void aTagStillAtItsPositionIsPlacedEvenAfterTheBudgetIsSpent() {
    WorkBudget budget = new WorkBudget(0);
    Reanchorer reanchorer = new Reanchorer(OLD, budget);
    Placement moved =
        reanchorer.place(new Selector(new Span(0, 4), new TextQuote("Residents", "", "")));

    Placement kept = reanchorer.place(selectorOf("Critics said the checkpoint"));

    assertThat(moved.isOrphan()).isTrue();
    assertThat(budget.exhausted()).isTrue();
    assertThat(kept.method()).isEqualTo(Placement.Method.POSITION);
  }
}
