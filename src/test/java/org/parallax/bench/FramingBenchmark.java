package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parallax.framing.DistinctiveTerms;
import org.parallax.ingest.BundledSeed;
import org.parallax.ingest.Importer;
import org.parallax.model.Document;

/**
 * How long framing discovery ({@link DistinctiveTerms}, top 30 a side) takes: the seed essay
 * against the UI tests' Karabakh counterpart, two generated 100k-word essays ({@link
 * SyntheticEssay}: small vocabulary, many repeated phrases) and two 100k-word texts of a wide,
 * Zipf-like vocabulary of 20,000 made-up words (nearly every trigram new, the worst case for the
 * counting maps). Warm-up runs, then the median of measured runs; section {@code framing}.
 */
public final class FramingBenchmark implements Benchmark {
  private static final int WARM_UP = 3;
  private static final int ROUNDS = 7;

  @Override
  public String name() {
    return "framing";
  }

  @Override
  public String run() throws Exception {
    DistinctiveTerms terms = DistinctiveTerms.standard();
    Document seed = BundledSeed.load();
    String counterpart;
    try (var in =
        FramingBenchmark.class.getResourceAsStream("/org/parallax/ui/karabakh-counterpart.txt")) {
      counterpart = new Importer().importText(new String(in.readAllBytes(), "UTF-8"), true).text();
    }
    String synthA = SyntheticEssay.generate(11, 100_000).text();
    String synthB = SyntheticEssay.generate(12, 100_000).text();
    String wideA = wide(21, 100_000);
    String wideB = wide(22, 100_000);
    StringBuilder md = new StringBuilder("## Framing discovery\n\n");
    md.append(
        "`DistinctiveTerms.between` (tokens, unigram to trigram counts, log-odds scores, top 30 a"
            + " side), "
            + WARM_UP
            + " warm-up runs then the median of "
            + ROUNDS
            + ". "
            + Benchmarks.environment()
            + ". CPU is the measuring thread's own CPU time (the work is single-threaded; the garbage"
            + " collector's threads are not counted): on a machine"
            + " shared with other builds the wall-clock times include waiting for a core, and the CPU"
            + " times are the ones to hold against the target; "
            + String.format(
                Locale.ROOT,
                "load average at the start %.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
            + ".\n\n| case | words A × B | median | max | median CPU | max CPU | target |\n"
            + "|---|---|---|---|---|---|---|\n");
    row(md, terms, "seed × Karabakh counterpart", seed.text(), counterpart, "never delays");
    row(md, terms, "100k × 100k words, generated essays", synthA, synthB, "≤ 2 s");
    row(md, terms, "100k × 100k words, wide vocabulary", wideA, wideB, "≤ 2 s");
    return md.toString();
  }

  private static void row(
      StringBuilder md, DistinctiveTerms terms, String label, String a, String b, String target) {
    List<Double> times = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < WARM_UP + ROUNDS; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      DistinctiveTerms.Result r = terms.between(a, b, 30);
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      if (r.a().isEmpty() || r.b().isEmpty()) {
        throw new IllegalStateException("no distinctive terms in " + label);
      }
      if (i >= WARM_UP) {
        times.add((t1 - t0) / 1e9);
        cpu.add((c1 - c0) / 1e9);
      }
    }
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %,d × %,d | %.3f s | %.3f s | %.3f s | %.3f s | %s |%n",
            label,
            words(a),
            words(b),
            Benchmarks.median(times),
            times.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
            Benchmarks.median(cpu),
            cpu.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
            target);
    System.out.print(line);
    md.append(line);
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** About {@code words} words drawn log-uniformly from 20,000 made-up ones, 20 a sentence. */
  static String wide(long seed, int words) {
    Random random = new Random(seed);
    String[] vocabulary = new String[20_000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int length = 3 + random.nextInt(7);
      for (int c = 0; c < length; c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary[i] = w.toString();
    }
    StringBuilder text = new StringBuilder(words * 8);
    for (int i = 0; i < words; i++) {
      int index = (int) Math.pow(vocabulary.length, random.nextDouble()) - 1;
      text.append(vocabulary[index]).append(i % 20 == 19 ? ". " : " ");
    }
    return text.toString();
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new FramingBenchmark().run());
  }
}
