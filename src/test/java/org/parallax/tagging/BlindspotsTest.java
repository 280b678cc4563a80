package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

class BlindspotsTest {
  private final Comparison start = Fixtures.small();
  private final Edits edits = Fixtures.edits();

  @Test
  void claimsWithOnlySuggestedLinksHaveNoCounterpartYet() {
    assertThat(Blindspots.unmatched(start, Side.A))
        .extracting(Claim::id)
        .containsExactly("A1", "A3");
    assertThat(Blindspots.unmatched(start, Side.B))
        .extracting(Claim::id)
        .containsExactly("B1", "B3");
  }

  @Test
  void acceptingASuggestionMatchesBothOfItsClaims() {
    Comparison after = edits.accept(start, "L1").applyTo(start);

    assertThat(Blindspots.unmatched(after, Side.A)).extracting(Claim::id).containsExactly("A3");
    assertThat(Blindspots.isUnmatched(after, "B1")).isFalse();
    assertThat(Blindspots.isUnmatched(after, "B3")).isTrue();
  }

  @Test
  void unlinkingAConfirmedLinkLeavesItsClaimsUnmatched() {
    Comparison after = edits.unlink(start, "L2").applyTo(start);

    assertThat(Blindspots.unmatched(after, Side.B))
        .extracting(Claim::id)
        .containsExactly("B1", "B2", "B3");
  }
}
