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
 * documents: warm-up rounds, then the median of measured rounds. Saving includes the fsync, the
 * backup and the atomic rename; loading includes every check. {@link #name()} and {@link #run()}
 * have the shape of the project's benchmark runner (section {@code store}); it also runs alone
 * through its {@code main}.
 */
public final class StoreBenchmark implements Benchmark {
  private static final int WARM_UP = 10;
  private static final int ROUNDS = 15;

  @Override
  public String name() {
    return "store";
  }

  @Override
  public String run() throws Exception {
    Comparison comparison = Samples.large(100_000, 10_000, 1);
    ComparisonStore store = new ComparisonStore();
    Path dir = Files.createTempDirectory("parallax-bench");
    Path file = dir.resolve("bench.parallax.json");
    LoadedComparison state = LoadedComparison.of(comparison);
    List<Double> saves = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    long size;
    try {
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
      size = Files.size(file);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
      Files.deleteIfExists(dir);
    }
    return section(comparison, size, saves, loads);
  }

  private static String section(Comparison c, long size, List<Double> saves, List<Double> loads) {
    StringBuilder md = new StringBuilder("## Saving and loading\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "A comparison with %,d term tags over two generated 100,000-word documents (%,d claims,"
                + " %,d links; texts of %,d and %,d characters; file %.1f MB). Saving includes"
                + " mapping, the temporary file, `fsync`, the `.bak` link and the atomic rename;"
                + " loading includes reading the file and every check. %d warm-up rounds, then %d"
                + " measured. %s.%n%n",
            c.terms().size(),
            c.claims().size(),
            c.links().size(),
            c.a().text().length(),
            c.b().text().length(),
            size / 1e6,
            WARM_UP,
            ROUNDS,
            environment()));
    md.append("| operation | median | min | max | target |\n|---|---|---|---|---|\n");
    row(md, "save", saves);
    row(md, "load", loads);
    md.append(
        "\nRun alone: `mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test"
            + " -Dexec.mainClass=org.parallax.bench.StoreBenchmark`.\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String name, List<Double> times) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f ms | %.1f ms | %.1f ms | ≤ 200 ms |%n",
            name,
            median(times),
            Collections.min(times),
            Collections.max(times)));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String environment() {
    return String.format(
        Locale.ROOT,
        "%d cores available to the JVM, max heap %d MB, Java %s, %s",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        Benchmarks.compilers());
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new StoreBenchmark().run());
  }
}
