package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

class KindEditsTest {
  private static final String A = Fixtures.TEXT_A;
  private static final String B = Fixtures.TEXT_B;

  private final Edits edits = Fixtures.edits();

  /** L2 is a contradiction; T1 (A) and T2 (B) are security terms, paired; T3 (B) is legality. */
  private final Comparison start = tagged();

  @Test
  void aNewKindIsAddedAtTheEndOfTheCodebook() {
    TagKind rights = new TagKind("rights", TagTarget.TERM, "Rights", "#123456", "Human rights.");
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.addKind(start, rights));

    assertThat(after.codebook().kinds(TagTarget.TERM)).last().isEqualTo(rights);
  }

  @Test
  void newKindIdsComeFromTheLabelAndAvoidTakenOnes() {
    assertThat(Edits.newKindId(start, TagTarget.TERM, "Human rights!")).isEqualTo("human_rights");
    assertThat(Edits.newKindId(start, TagTarget.TERM, "Security")).isEqualTo("security_2");
    assertThat(Edits.newKindId(start, TagTarget.LINK, "Security")).isEqualTo("security");
  }

  @Test
  void addingAKindWhoseIdIsTakenOrWithoutAColourIsRefused() {
    TagKind twin = new TagKind("agree", TagTarget.LINK, "Agree again", "#000000", "");
    TagKind pale = new TagKind("pale", TagTarget.LINK, "Pale", "light", "");

    assertThatThrownBy(() -> edits.addKind(start, twin))
        .hasMessage("The codebook already has a relation \"agree\".");
    assertThatThrownBy(() -> edits.addKind(start, pale))
        .hasMessage("\"light\" is not a colour; write it like #2e7d32.");
  }

  @Test
  void renamingAndRecolouringKeepTheIdSoTagsStayAttached() {
    Comparison renamed =
        Fixtures.applyAndCheckUndo(
            start, edits.renameKind(start, TagTarget.TERM, "security", "Safety"));
    Comparison recoloured =
        Fixtures.applyAndCheckUndo(
            renamed, edits.recolourKind(renamed, TagTarget.TERM, "security", "#abc"));

    TagKind kind = recoloured.codebook().find(TagTarget.TERM, "security").orElseThrow();
    assertThat(kind.label()).isEqualTo("Safety");
    assertThat(kind.colour()).isEqualTo("#abc");
    assertThat(recoloured.terms()).isEqualTo(start.terms());
  }

  @Test
  void usesCountsTheTagsOfAKind() {
    assertThat(Edits.uses(start, TagTarget.TERM, "security")).isEqualTo(2);
    assertThat(Edits.uses(start, TagTarget.LINK, "contradict")).isEqualTo(1);
    assertThat(Edits.uses(start, TagTarget.LINK, "agree")).isZero();
  }

  @Test
  void deletingAFrameWithReassignmentMovesItsTags() {
    Change change = edits.deleteKind(start, TagTarget.TERM, "security", Optional.of("legality"));
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    assertThat(after.codebook().find(TagTarget.TERM, "security")).isEmpty();
    assertThat(after.terms()).extracting(TermTag::frame).containsOnly("legality");
    assertThat(after.terms()).extracting(TermTag::pairedWith).containsExactly("T2", "T1", "");
  }

  @Test
  void deletingAFrameWithoutReassignmentRemovesItsTags() {
    Comparison after =
        Fixtures.applyAndCheckUndo(
            start, edits.deleteKind(start, TagTarget.TERM, "security", Optional.empty()));

    assertThat(after.terms()).extracting(TermTag::id).containsExactly("T3");
  }

  @Test
  void removingOneOfAPairUnpairsTheOther() {
    Comparison mixed = edits.setTermFrame(start, "T2", "legality").applyTo(start);

    Comparison after =
        Fixtures.applyAndCheckUndo(
            mixed, edits.deleteKind(mixed, TagTarget.TERM, "security", Optional.empty()));

    assertThat(after.terms()).extracting(TermTag::id).containsExactly("T2", "T3");
    assertThat(after.terms().get(0).pairedWith()).isEmpty();
  }

  @Test
  void deletingARelationWithoutReassignmentClearsItOnItsLinks() {
    Comparison after =
        Fixtures.applyAndCheckUndo(
            start, edits.deleteKind(start, TagTarget.LINK, "contradict", Optional.empty()));

    assertThat(Fixtures.linkNamed(after, "L2").relation()).isEmpty();
    assertThat(after.codebook().kinds(TagTarget.LINK)).hasSize(3);
  }

  @Test
  void deletingARelationWithReassignmentRetagsItsLinks() {
    Comparison after =
        edits
            .deleteKind(start, TagTarget.LINK, "contradict", Optional.of("partial"))
            .applyTo(start);

    assertThat(Fixtures.linkNamed(after, "L2").relation()).isEqualTo("partial");
  }

  @Test
  void theDefaultFrameCannotBeDeletedNorAKindReassignedToItself() {
    assertThatThrownBy(() -> edits.deleteKind(start, TagTarget.TERM, "other", Optional.empty()))
        .hasMessage("The frame \"Other\" is the default for new terms and cannot be deleted.");
    assertThatThrownBy(() -> edits.deleteKind(start, TagTarget.LINK, "agree", Optional.of("agree")))
        .hasMessage("Choose another kind to move the tags to.");
  }

  private Comparison tagged() {
    Comparison small = Fixtures.small();
    TermTag t1 = Fixtures.term("T1", Side.A, A, "convoy", "security");
    TermTag t2 = Fixtures.term("T2", Side.B, B, "Aid trucks", "security");
    TermTag t3 = Fixtures.term("T3", Side.B, B, "closed", "legality");
    Comparison c = Fixtures.comparison(A, B, small.claims(), small.links(), List.of(t1, t2, t3));
    return edits.pairTerms(c, "T1", "T2").applyTo(c);
  }
}
