package org.parallax.ui.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;

class ClaimIndexTest {
  private static final Document TEXT =
      new Document("Title\n\nOne. Two. Three.", List.of(), null, List.of());
  private static final Claim ONE = new Claim("A1", Side.A, 7, 11);
  private static final Claim TWO = new Claim("A2", Side.A, 12, 16);
  private static final Claim THREE = new Claim("A3", Side.A, 17, 23);
  private static final ClaimIndex INDEX =
      new ClaimIndex(
          new Comparison(
              "t",
              "",
              TEXT,
              TEXT,
              List.of(THREE, ONE, TWO),
              List.of(),
              List.of(),
              null,
              null,
              null));

  @Test
  void theKeyboardStepsFromTheChosenClaimToTheNextAndThePreviousOne() {
    assertThat(INDEX.step(Side.A, TWO, TWO.start(), true)).contains(THREE);
    assertThat(INDEX.step(Side.A, TWO, TWO.start(), false)).contains(ONE);
    assertThat(INDEX.step(Side.A, THREE, THREE.start(), true)).isEmpty();
    assertThat(INDEX.step(Side.A, ONE, ONE.start(), false)).isEmpty();
  }

  @Test
  void withoutAChosenClaimTheKeyboardStepsToTheClaimAtTheCursorOrTheNearestOneTheWayItGoes() {
    assertThat(INDEX.step(Side.A, null, 0, true)).contains(ONE);
    assertThat(INDEX.step(Side.A, null, 13, true)).contains(TWO);
    assertThat(INDEX.step(Side.A, null, 13, false)).contains(TWO);
    assertThat(INDEX.step(Side.A, null, 11, false)).contains(ONE);
    assertThat(INDEX.step(Side.A, null, 5, false)).isEmpty();
    assertThat(INDEX.step(Side.B, null, 0, true)).isEmpty();
  }
}
