package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;
import org.parallax.store.Samples;

/**
 * Times saving and loading a comparison with 10,000 term tags over two generated 100,000-word
 * documents: warm-up rounds, then the median of measured rounds. Saving includes the fsync and
 * atomic rename; loading includes every check. Run:
 *
 * <pre>
 * mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.parallax.bench.StoreBenchmark
 * </pre>
 */
public final class StoreBenchmark {
  private static final int WARM_UP = 10;
  private static final int ROUNDS = 15;

  private StoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    Comparison comparison = Samples.large(100_000, 10_000, 1);
    ComparisonStore store = new ComparisonStore();
    Path dir = Files.createTempDirectory("parallax-bench");
    Path file = dir.resolve("bench.parallax.json");
    LoadedComparison state = LoadedComparison.of(comparison);
    List<Double> saves = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    for (int i = 0; i < WARM_UP + ROUNDS; i++) {
      long t0 = System.nanoTime();
      store.save(state, file);
      long t1 = System.nanoTime();
      LoadedComparison loaded = store.load(file);
      long t2 = System.nanoTime();
      if (!loaded.comparison().equals(comparison)) {
        throw new IllegalStateException("the loaded comparison differs from the saved one");
      }
      if (i >= WARM_UP) {
        saves.add((t1 - t0) / 1e6);
        loads.add((t2 - t1) / 1e6);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Store: %d claims, %d links, %d tags, text %d + %d chars, file %.1f MB%n",
        comparison.claims().size(),
        comparison.links().size(),
        comparison.terms().size(),
        comparison.a().text().length(),
        comparison.b().text().length(),
        Files.size(file) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "save: median %.1f ms (min %.1f, max %.1f) over %d rounds%n",
        median(saves),
        Collections.min(saves),
        Collections.max(saves),
        ROUNDS);
    System.out.printf(
        Locale.ROOT,
        "load: median %.1f ms (min %.1f, max %.1f) over %d rounds%n",
        median(loads),
        Collections.min(loads),
        Collections.max(loads),
        ROUNDS);
    Files.deleteIfExists(file);
    Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    Files.deleteIfExists(dir);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
