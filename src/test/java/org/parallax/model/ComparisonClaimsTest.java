package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonClaimsTest {
  private static final Document TEXT = new Document("One. Two. Three.", List.of(), null, List.of());

  private static Comparison with(List<Claim> claims) {
    return new Comparison("t", "", TEXT, TEXT, claims, List.of(), List.of(), null, null, null);
  }

  @Test
  void claimsAreFoundByIdAndListedPerSideInTextOrder() {
    Claim a1 = new Claim("A1", Side.A, 0, 4);
    Claim a2 = new Claim("A2", Side.A, 5, 9);
    Claim b1 = new Claim("B1", Side.B, 0, 4);
    Comparison c = with(List.of(a1, a2, b1));
    assertThat(c.claim("A2")).contains(a2);
    assertThat(c.claim("B1")).contains(b1);
    assertThat(c.claim("B2")).isEmpty();
    assertThat(c.claims(Side.A)).containsExactly(a1, a2);
    assertThat(c.claims(Side.B)).containsExactly(b1);
  }

  @Test
  void theFirstOfARepeatedIdWins() {
    Claim first = new Claim("A1", Side.A, 0, 4);
    Comparison c = with(List.of(first, new Claim("A1", Side.A, 5, 9)));
    assertThat(c.claim("A1")).contains(first);
  }

  @Test
  void comparisonsWithOtherClaimsAnswerForTheirOwn() {
    Comparison before = with(List.of(new Claim("A1", Side.A, 0, 4)));
    Comparison after = with(List.of(new Claim("A1", Side.A, 0, 9)));
    for (int i = 0; i < 10; i++) {
      with(List.of(new Claim("A" + i, Side.A, 0, 1)));
    }
    assertThat(before.claim("A1").orElseThrow().end()).isEqualTo(4);
    assertThat(after.claim("A1").orElseThrow().end()).isEqualTo(9);
    assertThat(after.claims(Side.A)).extracting(Claim::end).containsExactly(9);
  }
}
