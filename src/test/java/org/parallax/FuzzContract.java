package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzz target asserts of a door that takes a file: the input is read, or it is refused
 * with the project's own error and a sentence for the reader. Any other exception, a hang (the
 * {@code @Timeout} on each target, which Jazzer turns into its per-input time limit) or an
 * out-of-memory error is a finding.
 *
 * <p>The {@code @FuzzTest} targets run in three ways: in every {@code mvn verify}, once per input
 * of their committed corpus ({@code src/test/resources/.../<Class>Inputs/<method>}, Jazzer's
 * regression mode); in the {@code fuzz-short} surefire executions of {@code verify}, which fuzz
 * each target for {@link #SHORT} ({@code JAZZER_FUZZ=1}, one target per JVM as Jazzer requires);
 * and in the {@code fuzz} benchmark, at least 100,000 inputs each ({@code bench.FuzzBenchmark}).
 */
public final class FuzzContract {
  /** How long {@code mvn verify} fuzzes each target. */
  public static final String SHORT = "4s";

  /** The time one input may take before it counts as a hang, in seconds. */
  public static final long HANG_SECONDS = 60;

  private FuzzContract() {}

  /** Asserts that {@code refusal} tells the reader in words what is wrong. */
  public static void refusedClearly(Exception refusal) {
    assertThat(refusal.getMessage())
        .as("the refusal's message (%s)", refusal.getClass().getSimpleName())
        .isNotNull()
        .isNotBlank();
  }
}
