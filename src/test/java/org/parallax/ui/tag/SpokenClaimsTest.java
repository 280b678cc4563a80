package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

class SpokenClaimsTest {
  private static final Document A =
      new Document("300 people marched. It rained.", List.of(), null, List.of());
  private static final Document B =
      new Document("About 80 people came.", List.of(), null, List.of());
  private static final Claim A1 = new Claim("A1", Side.A, 0, 19);
  private static final Claim A2 = new Claim("A2", Side.A, 20, 30);
  private static final Claim B1 = new Claim("B1", Side.B, 0, 21);

  private static Link link(String id, LinkStatus status, String relation, String suggested) {
    return new Link(
        id,
        List.of("A1"),
        List.of("B1"),
        status,
        relation,
        0.7,
        List.of(),
        "",
        "",
        Instant.EPOCH,
        Instant.EPOCH,
        suggested,
        List.of("300 vs 80"));
  }

  private static Comparison with(Link... links) {
    return new Comparison(
        "t", "", A, B, List.of(A1, A2, B1), List.of(links), List.of(), null, null, null);
  }

  @Test
  void aClaimIsReadWithItsPlaceItsWordsAndItsLinks() {
    Comparison confirmed = with(link("L1", LinkStatus.CONFIRMED, "contradict", ""));
    assertThat(SpokenClaims.claim(confirmed, A1))
        .isEqualTo("Claim A1 (1 of 2): 300 people marched. Linked to B1 as Contradict, confirmed.");
    assertThat(SpokenClaims.claim(confirmed, A2))
        .isEqualTo("Claim A2 (2 of 2): It rained. No links.");
  }

  @Test
  void aSuggestionWithoutTheReadersRelationSaysTheSuggestedOne() {
    Comparison suggested = with(link("L1", LinkStatus.SUGGESTED, "", "contradict"));
    assertThat(SpokenClaims.claim(suggested, B1))
        .endsWith("Linked to A1, suggested: Contradict, suggested.");
  }

  @Test
  void rejectedLinksAreNotRead() {
    Comparison rejected = with(link("L1", LinkStatus.REJECTED, "", ""));
    assertThat(SpokenClaims.claim(rejected, A1)).endsWith("No links.");
    assertThat(SpokenClaims.ribbons(rejected, null)).isEqualTo("No ribbons between the essays.");
  }

  @Test
  void theRibbonsSayHowManyThereAreAndWhatTheChosenClaimIsLinkedTo() {
    Comparison confirmed = with(link("L1", LinkStatus.CONFIRMED, "agree", ""));
    assertThat(SpokenClaims.ribbons(confirmed, A1))
        .isEqualTo("One ribbon between the essays. Claim A1: Linked to B1 as Agree, confirmed.");
    assertThat(SpokenClaims.ribbons(null, null))
        .isEqualTo(org.parallax.ui.Messages.get("a11y.ribbons.none"));
  }
}
