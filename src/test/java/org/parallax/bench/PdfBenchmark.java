package org.parallax.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.parallax.export.ExportOptions;
import org.parallax.export.Exporter;
import org.parallax.export.Exporters;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/**
 * Times the PDF export: the seed pair as the README's demonstration tags it ({@code
 * docs/demo/karabakh-two-perspectives.parallax.json}), its first export in a fresh JVM and then the
 * median of measured rounds; and the export benchmark's book-sized comparison (two 100,000-word
 * essays, 1,000 links, 10,000 term tags) once through, with when each step began, how many progress
 * reports it gave and the longest wait between two; then cancelled while preparing, laying out,
 * drawing and saving, timing how long it takes to stop. Section {@code export-pdf} of
 * docs/benchmarks.md.
 */
public final class PdfBenchmark implements Benchmark {
  private static final Path SEED_PAIR =
      Path.of("docs/demo/karabakh-two-perspectives.parallax.json");
  private static final int WARM_UP = 2;
  private static final int ROUNDS = 5;
  private static final ExportOptions OPTIONS =
      ExportOptions.defaults(Instant.parse("2026-12-05T08:00:00Z"));

  private final Exporter pdf = Exporters.byId("pdf").orElseThrow();

  @Override
  public String name() {
    return "export-pdf";
  }

  @Override
  public String run() throws Exception {
    StringBuilder md = new StringBuilder("## Exporting to PDF\n\n");
    md.append(Benchmarks.environment()).append(".\n\n");
    seedPair(md);
    book(md);
    md.append("\nRun alone: `mvn -B -ntp -Pbench -DskipTests verify -Dbench.names=export-pdf`.\n");
    return md.toString();
  }

  private void seedPair(StringBuilder md) throws Exception {
    Comparison seed = new ComparisonStore().load(SEED_PAIR).comparison();
    List<Double> times = new ArrayList<>();
    double first = 0;
    byte[] bytes = null;
    for (int i = 0; i < 1 + WARM_UP + ROUNDS; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long t0 = System.nanoTime();
      pdf.write(seed, OPTIONS, out, Progress.NONE);
      double ms = (System.nanoTime() - t0) / 1e6;
      if (i == 0) {
        first = ms;
      } else if (i > WARM_UP) {
        times.add(ms);
      }
      bytes = out.toByteArray();
    }
    System.out.printf(Locale.ROOT, "seed pair: median %.0f ms%n", Benchmarks.median(times));
    md.append(
        String.format(
            Locale.ROOT,
            "**The seed pair** (%s: %,d links, %,d term tags, texts of %,d and %,d characters):"
                + " %d pages, %.0f kB.%n%n"
                + "| export | time | target |%n|---|---|---|%n"
                + "| first in this JVM (classes loaded, style sheets parsed) | %.0f ms | |%n"
                + "| median of %d after %d warm-up (min %.0f, max %.0f) | %.0f ms | ≤ 3 s |%n%n",
            SEED_PAIR.getFileName(),
            seed.links().size(),
            seed.terms().size(),
            seed.a().text().length(),
            seed.b().text().length(),
            pages(bytes),
            bytes.length / 1e3,
            first,
            ROUNDS,
            WARM_UP,
            Collections.min(times),
            Collections.max(times),
            Benchmarks.median(times)));
  }

  private void book(StringBuilder md) throws Exception {
    Comparison book = ExportBenchmark.comparison();
    Timeline full = new Timeline(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.write(book, OPTIONS, out, full);
    double total = full.elapsed();
    byte[] bytes = out.toByteArray();
    System.out.printf(Locale.ROOT, "book: %.1f s%n", total / 1e3);
    md.append(
        String.format(
            Locale.ROOT,
            "**A book-sized comparison** (the text formats' comparison above: texts of %,d and"
                + " %,d characters, %,d links, %,d term tags): %,d pages, %.1f MB, %.1f s. %d"
                + " progress reports; the longest wait between two was %.1f s, before \"%s\"."
                + "%n%n| step | began at | share of the time |%n"
                + "|---|---|---|%n",
            book.a().text().length(),
            book.b().text().length(),
            book.links().size(),
            book.terms().size(),
            pages(bytes),
            bytes.length / 1e6,
            total / 1e3,
            full.reports,
            full.longestGap / 1e3,
            full.longestGapEnd));
    List<Map.Entry<String, Double>> steps = new ArrayList<>(full.steps.entrySet());
    for (int i = 0; i < steps.size(); i++) {
      double start = steps.get(i).getValue();
      double end = i + 1 < steps.size() ? steps.get(i + 1).getValue() : total;
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f s | %.0f %% |%n",
              steps.get(i).getKey(),
              start / 1e3,
              100 * (end - start) / total));
    }
    md.append("\n| cancelled at | while | stopped after |\n|---|---|---|\n");
    for (double at : new double[] {0.01, 0.3, 0.7, 0.93}) {
      Timeline cancelled = new Timeline(at);
      try {
        pdf.write(book, OPTIONS, new ByteArrayOutputStream(), cancelled);
        md.append(String.format(Locale.ROOT, "| %.0f %% | not cancelled | |%n", at * 100));
      } catch (CancelledException e) {
        double stopped = cancelled.elapsed() - cancelled.cancelledAt;
        System.out.printf(Locale.ROOT, "cancel at %.1f: %.0f ms%n", at, stopped);
        md.append(
            String.format(
                Locale.ROOT,
                "| %.0f %% (%.1f s) | %s | %.0f ms |%n",
                at * 100,
                cancelled.cancelledAt / 1e3,
                cancelled.lastMessage,
                stopped));
      }
    }
  }

  private static int pages(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  /** Records when each step began and the gaps between reports; cancels at a fraction. */
  private static final class Timeline implements Progress {
    private final long t0 = System.nanoTime();
    private final double cancelAt;
    final Map<String, Double> steps = new LinkedHashMap<>();
    int reports;
    double longestGap;
    String longestGapEnd = "";
    double cancelledAt = -1;
    String lastMessage = "";
    private double last;

    Timeline(double cancelAt) {
      this.cancelAt = cancelAt;
    }

    double elapsed() {
      return (System.nanoTime() - t0) / 1e6;
    }

    @Override
    public synchronized void report(double fraction, String message) {
      double now = elapsed();
      reports++;
      if (now - last > longestGap) {
        longestGap = now - last;
        longestGapEnd = message;
      }
      last = now;
      steps.putIfAbsent(message.replaceAll("Drawing.*", "Drawing pages"), now);
      lastMessage = message;
      if (fraction >= cancelAt && cancelledAt < 0) {
        cancelledAt = now;
      }
    }

    @Override
    public synchronized boolean isCancelled() {
      return cancelledAt >= 0;
    }
  }
}
