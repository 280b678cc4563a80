package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.BundledSeed;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

class SeedSegmentationTest {

  private final Document seed = BundledSeed.load();
  private final List<String> claims =
      new Segmenter().segment(seed, Side.A).stream().map(c -> c.textIn(seed)).toList();

  @Test
  void theSeedsSentencesBecomeClaimsWithDatesKeptWhole() {
    assertThat(claims)
        .contains(
            "On April 23rd, Baku installed a checkpoint on the Lachin road connecting Armenia with"
                + " the separatist region.",
            "According to reports from Baku, the Armenian-planted mines have already killed 300"
                + " Azerbaijanis since the war in 2020.");
  }

  @Test
  void theEditorialNoteAndHeadingsOfTheSeedHoldNoClaims() {
    assertThat(claims).noneMatch(c -> c.contains("Editorial context"));
    assertThat(claims).doesNotContain("What led to the escalation?", "What comes next?");
  }

  @Test
  void claimIdsOfTheSeedAreStableAcrossRuns() {
    List<Claim> first = new Segmenter().segment(seed, Side.A);
    List<Claim> second = new Segmenter().segment(BundledSeed.load(), Side.A);

    assertThat(second).isEqualTo(first);
  }
}
