package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

class LinkEditsTest {
  private final Comparison start = Fixtures.small();
  private final Edits edits = Fixtures.edits();

  @Test
  void acceptingConfirmsTheSuggestionSignedByTheReaderAtTheClocksTime() {
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.accept(start, "L1"));

    Link l1 = Fixtures.linkNamed(after, "L1");
    assertThat(l1.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(l1.annotator()).isEqualTo("mira");
    assertThat(l1.modified()).isEqualTo(Fixtures.NOW);
    assertThat(l1.created()).isEqualTo(Fixtures.T0);
    assertThat(l1.score()).isEqualTo(0.7);
  }

  @Test
  void acceptingASuggestionWithASuggestedRelationGivesTheLinkThatRelation() {
    Comparison suggested =
        withL1(
            Fixtures.linkNamed(start, "L1")
                .withSuggestedRelation("contradict", List.of("300 vs 80")));
    Change change = edits.accept(suggested, "L1");
    Comparison after = Fixtures.applyAndCheckUndo(suggested, change);

    Link l1 = Fixtures.linkNamed(after, "L1");
    assertThat(l1.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(l1.relation()).isEqualTo("contradict");
    assertThat(l1.suggestedRelation()).isEqualTo("contradict");
    assertThat(l1.relationReasons()).containsExactly("300 vs 80");
    assertThat(change.description()).isEqualTo("Accept link L1 as Contradict");
  }

  @Test
  void aSuggestedRelationTheCodebookDoesNotHaveIsNotTaken() {
    Comparison suggested =
        withL1(Fixtures.linkNamed(start, "L1").withSuggestedRelation("sarcasm", List.of()));

    Link l1 = Fixtures.linkNamed(edits.accept(suggested, "L1").applyTo(suggested), "L1");
    assertThat(l1.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(l1.relation()).isEmpty();
  }

  private Comparison withL1(Link l1) {
    List<Link> links = new ArrayList<>(start.links());
    links.replaceAll(l -> l.id().equals("L1") ? l1 : l);
    return new Comparison(
        start.title(),
        start.annotator(),
        start.a(),
        start.b(),
        start.claims(),
        links,
        start.terms(),
        start.codebook(),
        start.prompts(),
        start.created(),
        start.modified());
  }

  @Test
  void rejectingKeepsTheLinkMarkedRejected() {
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.reject(start, "L3"));

    assertThat(after.links()).hasSize(3);
    assertThat(Fixtures.linkNamed(after, "L3").status()).isEqualTo(LinkStatus.REJECTED);
  }

  @Test
  void linkingByHandAddsAConfirmedLinkWithTheNextNumber() {
    Change change = edits.link(start, List.of("A3", "A1"), List.of("B2"), "reframe");
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    Link made = after.links().get(3);
    assertThat(made.id()).isEqualTo("L4");
    assertThat(made.aClaims()).containsExactly("A1", "A3");
    assertThat(made.bClaims()).containsExactly("B2");
    assertThat(made.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(made.relation()).isEqualTo("reframe");
    assertThat(made.score()).isZero();
    assertThat(made.reasons()).containsExactly("linked by hand");
    assertThat(made.annotator()).isEqualTo("mira");
    assertThat(made.created()).isEqualTo(Fixtures.NOW);
    assertThat(change.description()).isEqualTo("Link A1, A3 ↔ B2");
  }

  @Test
  void newLinkIdsSkipReservedIds() {
    Change change =
        edits.reserving(List.of("L4", "L9")).link(start, List.of("A1"), List.of("B3"), "");

    assertThat(change.applyTo(start).links().get(3).id()).isEqualTo("L10");
  }

  @Test
  void linkingTheClaimsOfASuggestionConfirmsItInsteadOfAddingAnother() {
    Comparison after =
        Fixtures.applyAndCheckUndo(start, edits.link(start, List.of("A1"), List.of("B1"), "agree"));

    assertThat(after.links()).hasSize(3);
    Link l1 = Fixtures.linkNamed(after, "L1");
    assertThat(l1.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(l1.relation()).isEqualTo("agree");
  }

  @Test
  void linkingClaimsThatAreAlreadyLinkedIsRefused() {
    assertThatThrownBy(() -> edits.link(start, List.of("A2"), List.of("B2"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("These claims are already linked: A2 \u2194 B2.");
  }

  @Test
  void linkingNeedsExistingClaimsOnTheirOwnSides() {
    assertThatThrownBy(() -> edits.link(start, List.of("B1"), List.of("B2"), ""))
        .hasMessage("Claim B1 is on side B, not on side A.");
    assertThatThrownBy(() -> edits.link(start, List.of("A9"), List.of("B2"), ""))
        .hasMessage("There is no claim A9.");
    assertThatThrownBy(() -> edits.link(start, List.of("A1"), List.of(), ""))
        .hasMessage("Select at least one claim on side B to link.");
  }

  @Test
  void unlinkingRemovesTheLinkAndUndoPutsItBackInItsPlace() {
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.unlink(start, "L2"));

    assertThat(after.links()).extracting(Link::id).containsExactly("L1", "L3");
  }

  @Test
  void settingARelationUsesTheCodebookLabelInItsDescription() {
    Change change = edits.setRelation(start, "L1", "partial");
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    assertThat(Fixtures.linkNamed(after, "L1").relation()).isEqualTo("partial");
    assertThat(change.description()).isEqualTo("Set relation of L1 to Partial");
  }

  @Test
  void givingASuggestionARelationConfirmsItInTheSameStep() {
    Change change = edits.setRelation(start, "L1", "agree");
    Comparison after = Fixtures.applyAndCheckUndo(start, change);

    Link l1 = Fixtures.linkNamed(after, "L1");
    assertThat(l1.relation()).isEqualTo("agree");
    assertThat(l1.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(change.inverse().applyTo(after).links()).isEqualTo(start.links());
  }

  @Test
  void givingARejectedLinkARelationConfirmsIt() {
    Comparison rejected = edits.reject(start, "L3").applyTo(start);

    Comparison after = edits.setRelation(rejected, "L3", "reframe").applyTo(rejected);

    assertThat(Fixtures.linkNamed(after, "L3").status()).isEqualTo(LinkStatus.CONFIRMED);
  }

  @Test
  void clearingTheRelationOfASuggestionLeavesItSuggested() {
    Link related = Fixtures.link("L1", "A1", "B1", LinkStatus.SUGGESTED, "agree", 0.7, "weak");
    Comparison suggested =
        Fixtures.comparison(
            Fixtures.TEXT_A, Fixtures.TEXT_B, start.claims(), List.of(related), List.of());

    Comparison after = edits.setRelation(suggested, "L1", "").applyTo(suggested);

    assertThat(Fixtures.linkNamed(after, "L1").status()).isEqualTo(LinkStatus.SUGGESTED);
    assertThat(Fixtures.linkNamed(after, "L1").relation()).isEmpty();
  }

  @Test
  void aLinkAttachedFromAnOrphanTakesBackItsIdAndCreationTimeWhenTheIdIsFree() {
    Comparison linked = edits.link(start, List.of("A1"), List.of("B3"), "").applyTo(start);

    Change back = edits.restoreOrphanIdentity(linked, "L4", "L9", Fixtures.T0);
    Comparison after = Fixtures.applyAndCheckUndo(linked, back);

    Link restored = Fixtures.linkNamed(after, "L9");
    assertThat(restored.aClaims()).containsExactly("A1");
    assertThat(restored.created()).isEqualTo(Fixtures.T0);
    assertThat(after.links()).extracting(Link::id).doesNotContain("L4");
  }

  @Test
  void aLinkAttachedFromAnOrphanKeepsItsNewIdWhenTheOldOneIsTaken() {
    Comparison linked = edits.link(start, List.of("A1"), List.of("B3"), "").applyTo(start);

    Comparison after = edits.restoreOrphanIdentity(linked, "L4", "L2", Fixtures.T0).applyTo(linked);

    assertThat(after.links()).extracting(Link::id).containsExactly("L1", "L2", "L3", "L4");
    assertThat(Fixtures.linkNamed(after, "L4").created()).isEqualTo(Fixtures.T0);
  }

  @Test
  void anEmptyRelationClearsIt() {
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.setRelation(start, "L2", ""));

    assertThat(Fixtures.linkNamed(after, "L2").relation()).isEmpty();
  }

  @Test
  void aRelationOutsideTheCodebookIsRefused() {
    assertThatThrownBy(() -> edits.setRelation(start, "L1", "security"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The codebook has no relation \"security\".");
  }

  @Test
  void settingANoteReplacesIt() {
    Comparison after =
        Fixtures.applyAndCheckUndo(start, edits.setNote(start, "L2", "closed since June"));

    assertThat(Fixtures.linkNamed(after, "L2").note()).isEqualTo("closed since June");
    assertThat(Fixtures.linkNamed(after, "L2").annotator()).isEqualTo("mira");
  }

  @Test
  void editingAMissingLinkIsRefused() {
    assertThatThrownBy(() -> edits.setNote(start, "L7", "x")).hasMessage("There is no link L7.");
  }

  @Test
  void suggestingAgainKeepsTheReadersLinksAndReplacesUntouchedSuggestions() {
    Comparison judged = edits.reject(start, "L3").applyTo(start);
    List<Link> fresh =
        List.of(
            Fixtures.link(
                "X1", "A1", "B1", LinkStatus.SUGGESTED, "", 0.8, "meaning similarity 0.8"),
            Fixtures.link("X2", "A2", "B2", LinkStatus.SUGGESTED, "", 0.6, "same as confirmed L2"),
            Fixtures.link("X3", "A3", "B3", LinkStatus.SUGGESTED, "", 0.5, "same as rejected L3"),
            Fixtures.link("X4", "A1", "B3", LinkStatus.SUGGESTED, "", 0.4, "new pair"),
            Fixtures.link("X5", "A9", "B1", LinkStatus.SUGGESTED, "", 0.9, "claim A9 is gone"));

    Change change = edits.suggestAgain(judged, fresh);
    Comparison after = Fixtures.applyAndCheckUndo(judged, change);

    assertThat(after.links()).extracting(Link::id).containsExactly("L1", "L2", "L3", "L4");
    Link renewed = Fixtures.linkNamed(after, "L1");
    assertThat(renewed.score()).isEqualTo(0.8);
    assertThat(renewed.reasons()).containsExactly("meaning similarity 0.8");
    assertThat(renewed.created()).isEqualTo(Fixtures.T0);
    assertThat(renewed.modified()).isEqualTo(Fixtures.NOW);
    assertThat(Fixtures.linkNamed(after, "L2")).isEqualTo(Fixtures.linkNamed(judged, "L2"));
    assertThat(Fixtures.linkNamed(after, "L3").status()).isEqualTo(LinkStatus.REJECTED);
    Link added = Fixtures.linkNamed(after, "L4");
    assertThat(added.aClaims()).containsExactly("A1");
    assertThat(added.bClaims()).containsExactly("B3");
    assertThat(added.status()).isEqualTo(LinkStatus.SUGGESTED);
    assertThat(added.created()).isEqualTo(Fixtures.NOW);
    assertThat(change.description()).isEqualTo("Suggest links again");
  }

  @Test
  void suggestingAgainDropsUntouchedSuggestionsTheNewRunDoesNotMake() {
    Comparison after = edits.suggestAgain(start, List.of()).applyTo(start);

    assertThat(after.links()).extracting(Link::id).containsExactly("L2");
  }

  @Test
  void suggestingTheSameLinksAgainChangesNothing() {
    Comparison after = edits.suggestAgain(start, start.links()).applyTo(start);

    assertThat(after).isSameAs(start);
  }

  @Test
  void suggestingTheSameLinksAgainWithAnotherSuggestedRelationTakesTheNewRelation() {
    List<Link> fresh =
        start.links().stream()
            .map(l -> l.withSuggestedRelation("reframe", List.of("\u201cA\u201d / \u201cB\u201d")))
            .toList();

    Comparison after = edits.suggestAgain(start, fresh).applyTo(start);

    assertThat(Fixtures.linkNamed(after, "L1").suggestedRelation()).isEqualTo("reframe");
  }

  @Test
  void renewingSuggestedRelationsChangesOnlyUntouchedSuggestionsWithTheSameClaims() {
    Comparison judged = edits.reject(start, "L3").applyTo(start);
    List<Link> renewed =
        judged.links().stream()
            .map(l -> l.withSuggestedRelation("reframe", List.of("paired by you")))
            .toList();

    Change change = edits.renewSuggestedRelations(judged, renewed);
    Comparison after = Fixtures.applyAndCheckUndo(judged, change);

    Link l1 = Fixtures.linkNamed(after, "L1");
    assertThat(l1.suggestedRelation()).isEqualTo("reframe");
    assertThat(l1.relationReasons()).containsExactly("paired by you");
    assertThat(l1.relation()).isEmpty();
    assertThat(l1.modified()).isEqualTo(Fixtures.linkNamed(judged, "L1").modified());
    assertThat(Fixtures.linkNamed(after, "L2")).isEqualTo(Fixtures.linkNamed(judged, "L2"));
    assertThat(Fixtures.linkNamed(after, "L3")).isEqualTo(Fixtures.linkNamed(judged, "L3"));
    assertThat(change.description()).isEqualTo("Suggest relations again");
  }

  @Test
  void renewingWithTheRelationsAlreadyThereChangesNothing() {
    assertThat(edits.renewSuggestedRelations(start, start.links()).applyTo(start)).isSameAs(start);
  }

  @Test
  void aSuggestionTheReaderGaveARelationOrANoteIsKeptWhenSuggestingAgain() {
    // A relation given now confirms the link; a file saved by an earlier version may still hold a
    // suggestion with a relation.
    List<Link> links = new ArrayList<>(start.links());
    links.set(0, Fixtures.link("L1", "A1", "B1", LinkStatus.SUGGESTED, "agree", 0.7, "weak"));
    Comparison related =
        Fixtures.comparison(Fixtures.TEXT_A, Fixtures.TEXT_B, start.claims(), links, List.of());
    Comparison noted = edits.setNote(related, "L3", "check the date").applyTo(related);
    assertThat(Fixtures.linkNamed(noted, "L1").status()).isEqualTo(LinkStatus.SUGGESTED);
    assertThat(Fixtures.linkNamed(noted, "L3").status()).isEqualTo(LinkStatus.SUGGESTED);

    Comparison after = edits.suggestAgain(noted, List.of()).applyTo(noted);

    assertThat(after.links()).isEqualTo(noted.links());
  }

  @Test
  void aFreshSuggestionOverlappingALinkTheReaderDecidedIsLeftOut() {
    Link overlapping =
        new Link(
            "X1",
            List.of("A2"),
            List.of("B2", "B3"),
            LinkStatus.SUGGESTED,
            "",
            0.7,
            List.of("covers confirmed L2 and more"),
            "",
            "",
            Fixtures.T0,
            Fixtures.T0);

    Comparison after = edits.suggestAgain(start, List.of(overlapping)).applyTo(start);

    assertThat(after.links()).extracting(Link::id).containsExactly("L2");
  }
}
