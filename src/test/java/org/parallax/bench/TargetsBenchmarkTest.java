package org.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TargetsBenchmarkTest {

  private static final String DOC =
      """
      # Benchmarks

      <!-- bench:align-speed -->
      ## Alignment speed and memory

      | case | claims A × B | median | runs |
      |---|---|---|---|
      | seed × 1,500-word counterpart, warm | 54 × 81 | 0.28 s | 5 |
      | same, cold: new JVM incl. model load | – | 1.41 s | 3 |
      | 100k words × 100k words, lexical only | 5321 × 5318 | 3.40 s | 3 |

      Peak heap used during the 100k-word runs: 681 MB (run with -Xmx1g).

      _Measured on 2026-12-05 at 16:40 UTC; load average 17.3 at the start, 18.1 at the end._
      <!-- /bench:align-speed -->
      <!-- bench:store -->
      | operation | median | min | max | target |
      |---|---|---|---|---|
      | save | 72.9 ms | 70.7 ms | 102.9 ms | ≤ 200 ms |
      <!-- /bench:store -->
      """;

  private final String table =
      TargetsBenchmark.table(
          DOC, "a test machine", ZonedDateTime.of(2026, 12, 5, 17, 0, 0, 0, ZoneOffset.UTC));

  private String row(String what) {
    return table
        .lines()
        .filter(l -> l.contains("| " + what + " |"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + what + " in\n" + table));
  }

  @Test
  void aTargetShowsItsSectionsFigureWhetherItIsMetAndWhenAndAtWhatLoadItWasMeasured() {
    assertThat(row("align seed × 1,500-word counterpart, warm"))
        .contains("| ≤ 0.5 s | 0.28 s | yes | `align-speed` | 2026-12-05, load 17.3–18.1 |");
    assertThat(row("peak heap of the 100k-word alignments")).contains("| 681 MB | yes |");
  }

  @Test
  void aMissedTargetSaysNo() {
    assertThat(row("align 100k × 100k words, lexical only")).contains("| 3.40 s | **no** |");
  }

  @Test
  void aSectionWithoutAStampOrAFigureSaysSo() {
    assertThat(row("save, 10,000 tags over two 100k-word documents"))
        .contains("| 72.9 ms | yes | `store` | not recorded (before the stamp) |");
    assertThat(row("load, the same comparison")).contains("| not found in its section | – |");
    assertThat(row("comparing 30 students' files and a key")).contains("| not run | – |");
  }

  @Test
  void theTableNamesTheMachineAndTheDate() {
    assertThat(table).contains("Made 2026-12-05 17:00 UTC on a test machine.");
  }

  @Test
  void everyBenchmarkSectionIsStampedWithItsDateAndLoad() {
    String stamp =
        Benchmarks.stamp(ZonedDateTime.of(2026, 12, 5, 9, 5, 0, 0, ZoneOffset.UTC), 1.25, 3.0);
    assertThat(stamp)
        .isEqualTo(
            "_Measured on 2026-12-05 at 09:05 UTC; load average 1.3 at the start, 3.0 at the end._");
  }

  @Test
  void theFuzzTargetIsJudgedByTheDoorThatRanFewestInputs() {
    String fuzz =
        """
        | door | run on | inputs | time | inputs/s | load average |
        |---|---|---|---|---|---|
        | text decoder | 2026-12-05 | 100,000 | 120 s | 836 | not recorded |
        | HTML reader | 2026-12-05 | 7,198 | 571 s | 13 | 11–22 |
        | PDF reader | 2026-12-05 | 100,000 | 337 s | 296 | 2–3 |
        """;

    assertThat(TargetsBenchmark.fewestFuzzInputs(fuzz))
        .contains(
            new TargetsBenchmark.Measured(
                "7,198 at the fewest (HTML reader, of 3 doors)", java.util.Optional.of(false)));
    assertThat(TargetsBenchmark.fewestFuzzInputs(fuzz.replace("7,198", "100,000")))
        .contains(
            new TargetsBenchmark.Measured(
                "100,000 or more on each of 3 doors", java.util.Optional.of(true)));
  }
}
