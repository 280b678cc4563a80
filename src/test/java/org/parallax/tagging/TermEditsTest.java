package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

class TermEditsTest {
  private static final String A = Fixtures.TEXT_A;
  private static final String B = Fixtures.TEXT_B;

  private final Comparison start = Fixtures.small();
  private final Edits edits = Fixtures.edits();

  @Test
  void aSelectionBecomesAConfirmedTagWithoutTheSpacesAroundIt() {
    int at = A.indexOf("Khankendi");
    Change change = edits.addTerm(start, Side.A, at - 1, at + 10, "cultural_identity", "name");
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    TermTag tag = after.terms().get(0);
    assertThat(after.a().slice(tag.start(), tag.end())).isEqualTo("Khankendi");
    assertThat(tag.id()).isEqualTo("T1");
    assertThat(tag.frame()).isEqualTo("cultural_identity");
    assertThat(tag.note()).isEqualTo("name");
    assertThat(tag.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(tag.annotator()).isEqualTo("mira");
    assertThat(tag.created()).isEqualTo(Fixtures.NOW);
    assertThat(change.description()).isEqualTo("Tag “Khankendi” as Cultural identity");
  }

  @Test
  void withoutAFrameATermIsTaggedOther() {
    int at = B.indexOf("Stepanakert");
    Comparison after = edits.addTerm(start, Side.B, at, at + 11, "", "").applyTo(start);

    assertThat(after.terms().get(0).frame()).isEqualTo("other");
  }

  @Test
  void aFrameOutsideTheCodebooksFramesIsRefused() {
    assertThatThrownBy(() -> edits.addTerm(start, Side.A, 0, 3, "agree", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The codebook has no frame \"agree\".");
  }

  @Test
  void aSelectionOfOnlySpacesIsRefused() {
    int space = A.indexOf(' ');
    assertThatThrownBy(() -> edits.addTerm(start, Side.A, space, space + 1, "other", ""))
        .hasMessage("Select some words to tag.");
  }

  @Test
  void aSelectionOverlappingATagIsRefused() {
    Comparison tagged = withTerms(Fixtures.term("T1", Side.A, A, "the road", "security"));
    int at = A.indexOf("road open");

    assertThatThrownBy(() -> edits.addTerm(tagged, Side.A, at, at + 9, "other", ""))
        .hasMessage("“road open” overlaps the term tag T1.");
  }

  @Test
  void allOccurrencesAreTaggedInOneUndoStep() {
    List<TermSpan> spans = TermOccurrences.find(start, "road");
    Change change = edits.addTerms(start, spans, "security");
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    assertThat(after.terms()).extracting(TermTag::id).containsExactly("T1", "T2");
    assertThat(after.terms()).extracting(TermTag::side).containsExactly(Side.A, Side.B);
    assertThat(after.terms()).allMatch(t -> t.frame().equals("security"));
    assertThat(change.description()).isEqualTo("Tag 2 terms as Security and defence");
  }

  @Test
  void frameAndNoteOfATagCanBeChanged() {
    Comparison tagged = withTerms(Fixtures.term("T1", Side.A, A, "road", "other"));

    Comparison reframed =
        Fixtures.applyAndCheckUndo(tagged, edits.setTermFrame(tagged, "T1", "security"));
    Comparison noted =
        Fixtures.applyAndCheckUndo(reframed, edits.setTermNote(reframed, "T1", "a lifeline"));

    assertThat(noted.terms().get(0).frame()).isEqualTo("security");
    assertThat(noted.terms().get(0).note()).isEqualTo("a lifeline");
    assertThat(noted.terms().get(0).modified()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void pairingJoinsCounterpartsInBothDirections() {
    Comparison tagged = twoNames();
    Comparison after = Fixtures.applyAndCheckUndo(tagged, edits.pairTerms(tagged, "T1", "T2"));

    assertThat(after.terms()).extracting(TermTag::pairedWith).containsExactly("T2", "T1");
  }

  @Test
  void pairingTwoTermsOfOneTextIsRefused() {
    Comparison tagged =
        withTerms(
            Fixtures.term("T1", Side.A, A, "Khankendi", "other"),
            Fixtures.term("T2", Side.A, A, "road", "other"));

    assertThatThrownBy(() -> edits.pairTerms(tagged, "T1", "T2"))
        .hasMessage("Pair a term with its counterpart in the other text: T1 and T2 are both in A.");
  }

  @Test
  void pairingWithANewCounterpartUnpairsTheOldOne() {
    Comparison paired = edits.pairTerms(twoNames(), "T1", "T2").applyTo(twoNames());
    Comparison three =
        edits
            .addTerm(paired, Side.B, B.indexOf("road"), B.indexOf("road") + 4, "", "")
            .applyTo(paired);

    Comparison after = Fixtures.applyAndCheckUndo(three, edits.pairTerms(three, "T3", "T1"));

    assertThat(after.terms()).extracting(TermTag::pairedWith).containsExactly("T3", "", "T1");
  }

  @Test
  void unpairingClearsBothSides() {
    Comparison paired = edits.pairTerms(twoNames(), "T1", "T2").applyTo(twoNames());

    Comparison after = Fixtures.applyAndCheckUndo(paired, edits.unpairTerm(paired, "T2"));

    assertThat(after.terms()).extracting(TermTag::pairedWith).containsExactly("", "");
  }

  @Test
  void removingATagUnpairsItsCounterpart() {
    Comparison paired = edits.pairTerms(twoNames(), "T1", "T2").applyTo(twoNames());

    Comparison after = Fixtures.applyAndCheckUndo(paired, edits.removeTerm(paired, "T1"));

    assertThat(after.terms()).extracting(TermTag::id).containsExactly("T2");
    assertThat(after.terms().get(0).pairedWith()).isEmpty();
  }

  @Test
  void aSuggestedTermCanBeAcceptedOrRejected() {
    TermTag suggested =
        new TermTag(
            "T1", Side.A, 19, 28, "other", "", "", LinkStatus.SUGGESTED, "", Fixtures.T0, null);
    Comparison c = withTerms(suggested);

    Comparison accepted = Fixtures.applyAndCheckUndo(c, edits.acceptTermSuggestion(c, "T1"));
    Comparison rejected = Fixtures.applyAndCheckUndo(c, edits.rejectTermSuggestion(c, "T1"));

    assertThat(accepted.terms().get(0).status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(rejected.terms().get(0).status()).isEqualTo(LinkStatus.REJECTED);
  }

  /** T1 "Khankendi" in A and T2 "Stepanakert" in B, not paired. */
  private Comparison twoNames() {
    return withTerms(
        Fixtures.term("T1", Side.A, A, "Khankendi", "other"),
        Fixtures.term("T2", Side.B, B, "Stepanakert", "other"));
  }

  private Comparison withTerms(TermTag... terms) {
    return Fixtures.comparison(A, B, start.claims(), start.links(), List.of(terms));
  }
}
