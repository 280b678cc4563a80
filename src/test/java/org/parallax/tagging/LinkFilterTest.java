package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

class LinkFilterTest {
  /** L1 suggested, L2 confirmed contradiction with a note, L3 suggested. */
  private final Comparison start = Fixtures.small();

  @Test
  void theEmptyFilterKeepsEveryLinkInOrder() {
    assertThat(ids(LinkFilter.all())).containsExactly("L1", "L2", "L3");
  }

  @Test
  void relationsKeepOnlyLinksWithThoseRelationsAndTheEmptyIdMeansUnset() {
    assertThat(ids(LinkFilter.all().withRelations(Set.of("contradict")))).containsExactly("L2");
    assertThat(ids(LinkFilter.all().withRelations(Set.of("")))).containsExactly("L1", "L3");
  }

  @Test
  void statusesKeepOnlyLinksWithThoseStatuses() {
    assertThat(ids(LinkFilter.all().withStatuses(Set.of(LinkStatus.SUGGESTED))))
        .containsExactly("L1", "L3");
  }

  @Test
  void onlyWithNoteKeepsAnnotatedLinks() {
    assertThat(ids(LinkFilter.all().withOnlyWithNote(true))).containsExactly("L2");
  }

  @Test
  void searchFindsNotesReasonsAndClaimTextIgnoringCase() {
    assertThat(ids(LinkFilter.all().withSearch("VERSUS"))).containsExactly("L2");
    assertThat(ids(LinkFilter.all().withSearch("weak"))).containsExactly("L3");
    assertThat(ids(LinkFilter.all().withSearch("brussels"))).containsExactly("L3");
    assertThat(ids(LinkFilter.all().withSearch("  road "))).containsExactly("L2");
  }

  @Test
  void searchFindsTheRelationLabel() {
    assertThat(ids(LinkFilter.all().withSearch("contradict"))).containsExactly("L2");
  }

  @Test
  void aSideLimitsTheSearchToThatSidesClaims() {
    LinkFilter brussels = LinkFilter.all().withSearch("Brussels");

    assertThat(ids(brussels.withSide(Optional.of(Side.B)))).containsExactly("L3");
    assertThat(ids(brussels.withSide(Optional.of(Side.A)))).isEmpty();
  }

  @Test
  void criteriaCombine() {
    LinkFilter filter =
        LinkFilter.all().withStatuses(Set.of(LinkStatus.SUGGESTED)).withSearch("Khankendi");

    assertThat(ids(filter)).containsExactly("L1");
    assertThat(filter.test(start, Fixtures.linkNamed(start, "L3"))).isFalse();
  }

  private List<String> ids(LinkFilter filter) {
    return filter.apply(start).stream().map(Link::id).toList();
  }
}
