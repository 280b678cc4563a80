package org.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzBenchmarkTest {
  @Test
  void aDoorsRowShowsTheLoadAverageOfItsRunAfterItsInputsPerSecond() {
    String row = "| PDF reader | 2026-12-05 | 100,000 | 337 s | 296 | 768 | 281 | none |";

    assertThat(FuzzBenchmark.withLoad(row, "12–20"))
        .isEqualTo(
            "| PDF reader | 2026-12-05 | 100,000 | 337 s | 296 | 12–20 | 768 | 281 | none |");
  }

  @Test
  void anEscapedBarInAFindingIsNotTakenForACellsEdge() {
    String row = "| lexicon file | 2026-12-05 | 391 | 335 s | 1 | 220 | 29 | a \\| b |";

    assertThat(FuzzBenchmark.withLoad(row, "3–4")).endsWith("| 1 | 3–4 | 220 | 29 | a \\| b |");
  }
}
