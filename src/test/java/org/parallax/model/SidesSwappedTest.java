package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.store.Samples;

class SidesSwappedTest {
  private final Comparison before = Samples.small();
  private final Comparison swapped = SidesSwapped.of(before);

  @Test
  void theRightEssayBecomesTheLeftOneWithItsClaims() {
    assertThat(swapped.a()).isSameAs(before.b());
    assertThat(swapped.b()).isSameAs(before.a());
    Claim wasB1 = swapped.claim("A1").orElseThrow();
    assertThat(wasB1.side()).isEqualTo(Side.A);
    assertThat(wasB1.textIn(swapped.a()))
        .isEqualTo("Supplies did not reach Stepanakert for months.");
    assertThat(swapped.claims(Side.A)).hasSameSizeAs(before.claims(Side.B));
  }

  @Test
  void linksJoinTheSameSentencesAndKeepWhatTheReaderSaid() {
    Link confirmed = swapped.links().get(0);
    assertThat(confirmed.aClaims()).containsExactly("A1");
    assertThat(confirmed.bClaims()).containsExactly("B3");
    assertThat(swapped.claim("B3").orElseThrow().textIn(swapped.b()))
        .isEqualTo("Critics said the checkpoint blocked supplies for months.");
    assertThat(confirmed.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(confirmed.relation()).isEqualTo("reframe");
    assertThat(confirmed.note()).isEqualTo("checkpoint vs blockade");
  }

  @Test
  void termsMoveWithTheirEssayAndKeepTheirPairing() {
    TermTag checkpoint = swapped.terms().get(0);
    assertThat(checkpoint.side()).isEqualTo(Side.B);
    assertThat(swapped.b().text().substring(checkpoint.start(), checkpoint.end()))
        .isEqualTo("checkpoint");
    assertThat(checkpoint.pairedWith()).isEqualTo("T2");
  }

  @Test
  void swappingTwiceGivesTheComparisonBack() {
    assertThat(SidesSwapped.of(swapped)).isEqualTo(before);
  }
}
