package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

class AddClaimTest {
  private final Edits edits = Fixtures.edits();
  private final Comparison full = Fixtures.small();
  private final Claim a2 = full.claim("A2").orElseThrow();
  private final Comparison withoutA2 =
      Fixtures.comparison(
          Fixtures.TEXT_A,
          Fixtures.TEXT_B,
          full.claims().stream().filter(c -> !c.id().equals("A2")).toList(),
          List.of(),
          List.of());

  @Test
  void aClaimOverUncoveredTextTakesItsPlaceInTextOrderAndTheWantedId() {
    Comparison after =
        Fixtures.applyAndCheckUndo(
            withoutA2, edits.addClaim(withoutA2, Side.A, a2.start(), a2.end(), "A2"));
    assertThat(after.claims(Side.A)).extracting(Claim::id).containsExactly("A1", "A2", "A3");
    assertThat(after.claim("A2").orElseThrow()).isEqualTo(a2);
  }

  @Test
  void spacesAroundTheSelectionAreLeftOutAndATakenIdIsReplacedByTheNextFreeOne() {
    Comparison after =
        edits.addClaim(withoutA2, Side.A, a2.start() - 1, a2.end(), "A1").applyTo(withoutA2);
    Claim added = after.claims(Side.A).get(1);
    assertThat(added.id()).isEqualTo("A4");
    assertThat(added.start()).isEqualTo(a2.start());
  }

  @Test
  void aSelectionOverlappingAClaimIsRefusedNamingThatClaim() {
    assertThatThrownBy(() -> edits.addClaim(full, Side.A, a2.start(), a2.end(), "A9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A2");
  }
}
