package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.tagging.Edits;

class LinkListModelTest {
  private final ComparisonSession session = new ComparisonSession();
  private LinkListModel list;

  @BeforeEach
  void threeLinksOfDifferentKinds() {
    String a = "The dam will flood the valley. The council voted in March. Fish will return.";
    String b = "Farmers lose their fields. The vote came in spring. Anglers are hopeful.";
    List<Claim> claims =
        List.of(
            new Claim("A1", Side.A, 0, 30),
            new Claim("A2", Side.A, 31, 58),
            new Claim("A3", Side.A, 59, 76),
            new Claim("B1", Side.B, 0, 26),
            new Claim("B2", Side.B, 27, 51),
            new Claim("B3", Side.B, 52, 72));
    List<Link> links =
        List.of(
            link("L1", "A3", "B3", LinkStatus.SUGGESTED, "", ""),
            link("L2", "A2", "B2", LinkStatus.CONFIRMED, "agree", "same vote"),
            link("L3", "A1", "B1", LinkStatus.REJECTED, "contradict", ""));
    session.reset(
        new Comparison(
            "dam",
            "",
            doc(a),
            doc(b),
            claims,
            links,
            List.of(),
            Codebook.defaults(),
            Instant.EPOCH,
            Instant.EPOCH),
        true);
    list = new LinkListModel(session);
  }

  @Test
  void rejectedLinksAreHiddenAtFirstAndTheRestFollowTheLeftReadingOrder() {
    assertThat(list.visible()).extracting(Link::id).containsExactly("L2", "L1");
  }

  @Test
  void eachFilterNarrowsTheListAndClearingItWidensItAgain() {
    list.relations().add("agree");
    assertThat(list.visible()).extracting(Link::id).containsExactly("L2");
    list.relations().clear();
    list.statuses().add(LinkStatus.REJECTED);
    assertThat(list.visible()).extracting(Link::id).containsExactly("L3", "L2", "L1");
    list.onlyWithNoteProperty().set(true);
    assertThat(list.visible()).extracting(Link::id).containsExactly("L2");
    list.onlyWithNoteProperty().set(false);
    list.searchProperty().set("ANGLERS");
    assertThat(list.visible()).extracting(Link::id).containsExactly("L1");
  }

  @Test
  void notSetKeepsOnlyLinksWhoseRelationIsNotSetAndIsTheLastChoice() {
    assertThat(LinkListModel.relationChoices(session.comparison().orElseThrow()))
        .endsWith(LinkListModel.UNSET)
        .startsWith("agree");

    list.relations().add(LinkListModel.UNSET);

    assertThat(list.visible()).extracting(Link::id).containsExactly("L1");
  }

  @Test
  void theRelationBoxNamesOneRelationAndCountsSeveral() {
    assertThat(list.relationsTitleProperty().get()).isEqualTo("Relations");

    list.relations().add("contradict");
    assertThat(list.relationsTitleProperty().get()).isEqualTo("Relations: Contradict");

    list.relations().add(LinkListModel.UNSET);
    int offered = LinkListModel.relationChoices(session.comparison().orElseThrow()).size();
    assertThat(list.relationsTitleProperty().get()).isEqualTo("Relations: 2 of " + offered);
  }

  @Test
  void theStatusBoxNamesTheStatusesItKeeps() {
    assertThat(list.statusesTitleProperty().get()).isEqualTo("Status: suggested, confirmed");

    list.statuses().add(LinkStatus.REJECTED);

    assertThat(list.statusesTitleProperty().get()).isEqualTo("Status");
  }

  @Test
  void theListFollowsEveryEditToTheComparison() {
    Comparison c = session.currentProperty().get();
    session.apply(new org.parallax.tagging.Edits(java.time.Clock.systemUTC(), "").unlink(c, "L2"));
    assertThat(list.visible()).extracting(Link::id).containsExactly("L1");
    session.undo();
    assertThat(list.visible()).extracting(Link::id).containsExactly("L2", "L1");
  }

  @Test
  void aTermTagLeavesTheListAloneAndANoteStillReachesIt() {
    List<Link> before = List.copyOf(list.visible());
    int[] changes = {0};
    list.visible().addListener((javafx.collections.ListChangeListener<Link>) c -> changes[0]++);
    Edits edits = new Edits(java.time.Clock.systemUTC(), "");
    session.apply(edits.addTerm(session.currentProperty().get(), Side.A, 4, 7, "other", ""));
    assertThat(changes[0]).isZero();
    assertThat(list.visible()).containsExactlyElementsOf(before);
    session.apply(edits.setNote(session.currentProperty().get(), "L1", "anglers"));
    assertThat(changes[0]).isPositive();
    assertThat(list.visible()).extracting(Link::note).containsExactly("same vote", "anglers");
  }

  private static Link link(
      String id, String a, String b, LinkStatus status, String relation, String note) {
    return new Link(
        id,
        List.of(a),
        List.of(b),
        status,
        relation,
        0.5,
        List.of("shared: words"),
        note,
        "",
        Instant.EPOCH,
        Instant.EPOCH);
  }

  private static Document doc(String text) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY,
        List.of());
  }
}
