package org.parallax.store;

import java.nio.file.Path;
import java.time.Instant;
import org.parallax.model.Comparison;

/**
 * The child process of {@link CrashSafetyTest}: saves a large comparison again and again, each
 * round with a different title, and writes the recovery file after each save. It prints "saving N"
 * before and "saved N" after each round so the parent can kill it at varied moments.
 */
public final class SaveLoop {
  private SaveLoop() {}

  /** The comparison of round {@code n}: the same large comparison, retitled. */
  static Comparison round(Comparison base, int n) {
    return new Comparison(
        "round " + n,
        base.annotator(),
        base.a(),
        base.b(),
        base.claims(),
        base.links(),
        base.terms(),
        base.codebook(),
        base.created(),
        Instant.ofEpochSecond(n));
  }

  static Comparison base() {
    return Samples.large(20_000, 2_000, 7);
  }

  /** Arguments: the comparison file, the recovery file, the first round number. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    RecoveryFile recovery = new RecoveryFile(Path.of(args[1]));
    ComparisonStore store = new ComparisonStore();
    Comparison base = base();
    for (int n = Integer.parseInt(args[2]); ; n++) {
      System.out.println("saving " + n);
      System.out.flush();
      LoadedComparison state = LoadedComparison.of(round(base, n));
      store.save(state, file);
      recovery.write(state, file);
      System.out.println("saved " + n);
      System.out.flush();
    }
  }
}
