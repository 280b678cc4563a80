package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

class TermPromotionTest {
  private static final String A = Fixtures.TEXT_A;
  private static final String B = Fixtures.TEXT_B;

  private final Comparison start = Fixtures.small();
  private final TermPromotion promotion = new TermPromotion(Fixtures.edits());

  /** Every whole-word occurrence of {@code word} in both texts, as framing discovery finds them. */
  private static TermPromotion.Term term(String word, Side side, String frame) {
    List<TermSpan> spans = new ArrayList<>();
    for (Side s : Side.values()) {
      String text = s == Side.A ? A : B;
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        spans.add(new TermSpan(s, at, at + word.length()));
      }
    }
    return new TermPromotion.Term(word, side, spans, frame);
  }

  private static List<String> tagged(Comparison c) {
    return c.terms().stream()
        .map(
            t ->
                t.side()
                    + ":"
                    + c.document(t.side()).slice(t.start(), t.end())
                    + ":"
                    + t.frame()
                    + ":"
                    + t.status())
        .toList();
  }

  @Test
  void everyOccurrenceInBothTextsBecomesAConfirmedTagWithTheFrameInOneUndoStep() {
    Change change = promotion.promote(start, term("road", Side.A, "security"));
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    assertThat(tagged(after))
        .containsExactly("A:road:security:CONFIRMED", "B:road:security:CONFIRMED");
    assertThat(change.description()).isEqualTo("Tag 2 × “road” as Security and defence");
  }

  @Test
  void anOccurrenceInsideATagAlreadyThereIsLeftAndTheRestAreTagged() {
    Comparison tagged =
        Fixtures.comparison(
            A,
            B,
            start.claims(),
            start.links(),
            List.of(Fixtures.term("T1", Side.B, B, "The road", "other")));

    Comparison after = promotion.promote(tagged, term("road", Side.A, "security")).applyTo(tagged);

    assertThat(tagged(after))
        .containsExactly("B:The road:other:CONFIRMED", "A:road:security:CONFIRMED");
  }

  @Test
  void aTermWhoseEveryOccurrenceIsTaggedIsRefused() {
    Comparison once = promotion.promote(start, term("road", Side.A, "other")).applyTo(start);

    assertThatThrownBy(() -> promotion.promote(once, term("road", Side.A, "other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Every “road” is tagged already.");
  }

  @Test
  void twoTermsFromEachSidesListAreTaggedAndPairedInOneUndoStep() {
    Change change =
        promotion.promoteAndPair(
            start,
            term("Khankendi", Side.A, "cultural_identity"),
            term("Stepanakert", Side.B, "other"));
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    assertThat(tagged(after))
        .containsExactly(
            "A:Khankendi:cultural_identity:CONFIRMED", "B:Stepanakert:other:CONFIRMED");
    TermTag khankendi = after.terms().get(0);
    TermTag stepanakert = after.terms().get(1);
    assertThat(khankendi.pairedWith()).isEqualTo(stepanakert.id());
    assertThat(stepanakert.pairedWith()).isEqualTo(khankendi.id());
    assertThat(change.description())
        .isEqualTo("Pair “Khankendi” with “Stepanakert” as framing terms");
  }

  @Test
  void aTermTaggedAlreadyIsPairedWithoutASecondTagAndTheOrderOfTheSidesDoesNotMatter() {
    Comparison tagged =
        Fixtures.comparison(
            A,
            B,
            start.claims(),
            start.links(),
            List.of(Fixtures.term("T1", Side.A, A, "Khankendi", "security")));

    Comparison after =
        promotion
            .promoteAndPair(
                tagged,
                term("Stepanakert", Side.B, "other"),
                term("Khankendi", Side.A, "cultural_identity"))
            .applyTo(tagged);

    assertThat(tagged(after))
        .containsExactly("A:Khankendi:security:CONFIRMED", "B:Stepanakert:other:CONFIRMED");
    assertThat(after.terms().get(0).pairedWith()).isEqualTo(after.terms().get(1).id());
    assertThat(after.terms().get(1).pairedWith()).isEqualTo("T1");
  }

  @Test
  void aSuggestionOfExactlyAnOccurrenceIsConfirmedAndPaired() {
    TermTag suggested = Fixtures.term("T1", Side.B, B, "Stepanakert", "other");
    suggested =
        new TermTag(
            suggested.id(),
            suggested.side(),
            suggested.start(),
            suggested.end(),
            suggested.frame(),
            "",
            "",
            LinkStatus.SUGGESTED,
            "",
            Fixtures.T0,
            Fixtures.T0);
    Comparison withSuggestion =
        Fixtures.comparison(A, B, start.claims(), start.links(), List.of(suggested));

    Comparison after =
        promotion
            .promoteAndPair(
                withSuggestion,
                term("Khankendi", Side.A, "other"),
                term("Stepanakert", Side.B, "cultural_identity"))
            .applyTo(withSuggestion);

    assertThat(tagged(after))
        .containsExactly(
            "B:Stepanakert:cultural_identity:CONFIRMED", "A:Khankendi:other:CONFIRMED");
    assertThat(after.terms().get(0).pairedWith()).isEqualTo(after.terms().get(1).id());
  }

  @Test
  void twoTermsFromTheSameSideAreNotPaired() {
    assertThatThrownBy(
            () ->
                promotion.promoteAndPair(
                    start, term("Khankendi", Side.A, "other"), term("Residents", Side.A, "other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both from A");
  }
}
