package org.parallax.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentResult;
import org.parallax.align.AlignmentSettings;
import org.parallax.ingest.BundledSeed;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/**
 * How long alignment takes and how much heap it needs: the seed essay against a ~1,500-word
 * counterpart (warm, and cold in fresh JVMs including model load), two generated 100k-word texts
 * with and without the meaning model, and how time grows from 1k to 5k claims a side. A fresh
 * {@link Aligner} per run, so no result or vector cache helps.
 */
public final class AlignSpeedBenchmark implements Benchmark {
  static final long COUNTERPART_SEED = 7;
  private static final int RUNS = 5;
  private static final int BIG_RUNS = 3;

  private final Segmenter segmenter = new Segmenter();

  @Override
  public String name() {
    return "align-speed";
  }

  @Override
  public String run() throws Exception {
    StringBuilder md = new StringBuilder("## Alignment speed and memory\n\n");
    md.append(Benchmarks.environment())
        .append(". Median of several runs; a fresh aligner per run.\n\n");
    md.append("| case | claims A × B | median | runs |\n|---|---|---|---|\n");
    Document seed = BundledSeed.load();
    Document counterpart = SyntheticEssay.generate(COUNTERPART_SEED, 1500);
    time(
        md,
        "seed × 1,500-word counterpart, warm",
        seed,
        counterpart,
        AlignmentSettings.defaults(),
        RUNS);
    md.append(
        String.format(
            Locale.ROOT,
            "| same, cold: new JVM incl. model load | – | %.2f s | %d |%n",
            coldStart(),
            3));
    time(
        md,
        "seed × counterpart, lexical only",
        seed,
        counterpart,
        AlignmentSettings.defaults().withLexicalOnly(true),
        RUNS);
    Document bigA = SyntheticEssay.generate(101, 100_000);
    Document bigB = SyntheticEssay.generate(202, 100_000);
    resetPeaks();
    HeapAfterCollections afterGc = HeapAfterCollections.start();
    time(
        md,
        "100k words × 100k words, lexical only",
        bigA,
        bigB,
        AlignmentSettings.defaults().withLexicalOnly(true),
        BIG_RUNS);
    time(
        md,
        "100k words × 100k words, with meaning",
        bigA,
        bigB,
        AlignmentSettings.defaults(),
        BIG_RUNS);
    System.out.printf(
        Locale.ROOT,
        "peak heap %d MB, most after a collection %d MB%n",
        peakHeapMb(),
        afterGc.mb());
    md.append(
        String.format(
            Locale.ROOT,
            "%nPeak heap used during the 100k-word runs: %d MB (run with -Xmx1g). That is the sum of"
                + " each heap pool's own peak, reached at different moments and counting garbage"
                + " not yet collected, so an upper bound that moves with the collector's sizing;"
                + " the most heap still in use just after a collection was %d MB.%n",
            peakHeapMb(),
            afterGc.mb()));
    md.append(
        "\n### Growth with claims per side\n\n| claims per side | lexical only | with meaning |\n|---|---|---|\n");
    List<Claim> allA = segmenter.segment(bigA, Side.A);
    List<Claim> allB = segmenter.segment(bigB, Side.B);
    for (int n = 1000; n <= 5000; n += 2000) {
      List<Claim> a = allA.subList(0, Math.min(n, allA.size()));
      List<Claim> b = allB.subList(0, Math.min(n, allB.size()));
      double lexical =
          median(bigA, a, bigB, b, AlignmentSettings.defaults().withLexicalOnly(true), 3);
      double meaning = median(bigA, a, bigB, b, AlignmentSettings.defaults(), 1);
      md.append(String.format(Locale.ROOT, "| %d | %.2f s | %.2f s |%n", n, lexical, meaning));
      System.out.printf(
          Locale.ROOT, "growth %d: lexical %.2f s, meaning %.2f s%n", n, lexical, meaning);
    }
    return md.toString();
  }

  private void time(
      StringBuilder md, String label, Document a, Document b, AlignmentSettings s, int runs) {
    List<Claim> ca = segmenter.segment(a, Side.A);
    List<Claim> cb = segmenter.segment(b, Side.B);
    double seconds = median(a, ca, b, cb, s, runs);
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d × %d | %.2f s | %d |%n",
            label,
            ca.size(),
            cb.size(),
            seconds,
            runs));
    System.out.printf(Locale.ROOT, "%s: %.2f s%n", label, seconds);
  }

  private static double median(
      Document a, List<Claim> ca, Document b, List<Claim> cb, AlignmentSettings s, int runs) {
    new Aligner(s).align(a, ca, b, cb, Progress.NONE); // warm-up: JIT, and the model's first load
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      AlignmentResult result = new Aligner(s).align(a, ca, b, cb, Progress.NONE);
      times.add((System.nanoTime() - start) / 1e9);
      if (result.suggestions().isEmpty()) {
        System.out.println("warning: no suggestions");
      }
    }
    return Benchmarks.median(times);
  }

  /** Median seconds of three cold runs, each in a new JVM with this classpath and heap limit. */
  private static double coldStart() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:ActiveProcessorCount=2"));
      command.addAll(ChildJvm.APP_OPTIONS);
      command.addAll(
          List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("cold-ms ")) {
            times.add(Long.parseLong(line.substring(8)) / 1000.0);
          }
        }
      }
      p.waitFor();
    }
    return Benchmarks.median(times);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
