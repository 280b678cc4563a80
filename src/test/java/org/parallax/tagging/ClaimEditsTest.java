package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

class ClaimEditsTest {
  private final Comparison start = Fixtures.small();
  private final Edits edits = Fixtures.edits();

  @Test
  void splittingGivesTwoClaimsWithoutTheSpaceBetweenThem() {
    int at = Fixtures.TEXT_A.indexOf(" the road open");
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.splitClaim(start, "A2", at));

    assertThat(texts(after))
        .containsExactly(
            "The convoy reached Khankendi at dawn.",
            "Officials called",
            "the road open.",
            "Residents stayed indoors.");
    assertThat(after.claims(Side.A)).extracting(Claim::id).containsExactly("A1", "A2", "A2b", "A3");
  }

  @Test
  void aSplitInsideAWordGoesBeforeThatWord() {
    int at = Fixtures.TEXT_A.indexOf("road open") + 2;
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.splitClaim(start, "A2", at));

    assertThat(texts(after)).contains("Officials called the", "road open.");
  }

  @Test
  void theLinksOfASplitClaimAttachToBothParts() {
    int at = Fixtures.TEXT_A.indexOf("the road open");
    Comparison after = edits.splitClaim(start, "A2", at).applyTo(start);

    Link l2 = Fixtures.linkNamed(after, "L2");
    assertThat(l2.aClaims()).containsExactly("A2", "A2b");
    assertThat(l2.bClaims()).containsExactly("B2");
    assertThat(l2.note()).isEqualTo("open versus closed");
  }

  @Test
  void splittingAgainGivesTheNextFreeId() {
    int later = Fixtures.TEXT_A.indexOf("the road open");
    Comparison once = edits.splitClaim(start, "A2", later).applyTo(start);
    int earlier = Fixtures.TEXT_A.indexOf("called");

    Comparison twice = edits.splitClaim(once, "A2", earlier).applyTo(once);

    assertThat(twice.claims(Side.A))
        .extracting(Claim::id)
        .containsExactly("A1", "A2", "A2c", "A2b", "A3");
  }

  @Test
  void aSplitMustFallInsideTheClaim() {
    int a2 = Fixtures.TEXT_A.indexOf("Officials");

    assertThatThrownBy(() -> edits.splitClaim(start, "A2", a2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("To split claim A2, choose a place inside it, between two of its words.");
  }

  @Test
  void mergingNeighboursKeepsTheFirstIdAndSpansBoth() {
    Comparison after = Fixtures.applyAndCheckUndo(start, edits.mergeClaims(start, "A2", "A1"));

    assertThat(after.claims(Side.A)).extracting(Claim::id).containsExactly("A1", "A3");
    assertThat(texts(after).get(0))
        .isEqualTo("The convoy reached Khankendi at dawn. Officials called the road open.");
  }

  @Test
  void mergingReattachesLinksAndListsEachClaimOnce() {
    List<Link> links = new ArrayList<>(start.links());
    links.add(
        new Link(
            "L4",
            List.of("A1", "A2"),
            List.of("B3"),
            LinkStatus.CONFIRMED,
            "partial",
            0,
            null,
            null,
            "ana",
            Fixtures.T0,
            null));
    Comparison c =
        Fixtures.comparison(Fixtures.TEXT_A, Fixtures.TEXT_B, start.claims(), links, start.terms());

    Comparison after = Fixtures.applyAndCheckUndo(c, edits.mergeClaims(c, "A1", "A2"));

    assertThat(Fixtures.linkNamed(after, "L2").aClaims()).containsExactly("A1");
    assertThat(Fixtures.linkNamed(after, "L4").aClaims()).containsExactly("A1");
    assertThat(after.links()).hasSize(4);
  }

  @Test
  void onlyNeighbouringClaimsOfOneTextCanBeMerged() {
    assertThatThrownBy(() -> edits.mergeClaims(start, "A1", "A3"))
        .hasMessage("Only neighbouring claims can be merged: there are claims between A1 and A3.");
    assertThatThrownBy(() -> edits.mergeClaims(start, "A1", "B1"))
        .hasMessage(
            "Only claims of the same text can be merged: A1 and B1 are in different texts.");
  }

  @Test
  void mergingWhatWasSplitGivesBackTheSameClaims() {
    int at = Fixtures.TEXT_A.indexOf("the road open");
    Comparison split = edits.splitClaim(start, "A2", at).applyTo(start);

    Comparison merged = edits.mergeClaims(split, "A2", "A2b").applyTo(split);

    assertThat(merged.claims()).isEqualTo(start.claims());
    assertThat(Fixtures.linkNamed(merged, "L2").aClaims()).containsExactly("A2");
  }

  private static List<String> texts(Comparison c) {
    return c.claims(Side.A).stream().map(cl -> cl.textIn(c.a())).toList();
  }
}
