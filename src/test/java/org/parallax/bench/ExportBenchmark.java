package org.parallax.bench;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.parallax.export.ExportOptions;
import org.parallax.export.Exporter;
import org.parallax.export.Exporters;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.TermTag;
import org.parallax.store.Samples;

/**
 * Times every text export format on a comparison of two generated 100,000-word essays with 1,000
 * confirmed links (the four relations in turn, every third with a note) and 10,000 confirmed term
 * tags, half of them paired: warm-up rounds, then the median of measured rounds, each export
 * written to memory. Section {@code export} of docs/benchmarks.md; also runs alone through its
 * {@code main}.
 */
public final class ExportBenchmark implements Benchmark {
  private static final int WARM_UP = 3;
  private static final int ROUNDS = 7;
  private static final String[] RELATIONS = {"agree", "contradict", "reframe", "partial"};

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String run() throws Exception {
    Comparison c = comparison();
    ExportOptions options = ExportOptions.defaults(Instant.parse("2026-12-05T08:00:00Z"));
    StringBuilder md = new StringBuilder("## Exporting\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "A comparison of two generated 100,000-word essays (%,d claims; texts of %,d and %,d"
                + " characters) with %,d confirmed links and %,d confirmed term tags, exported to"
                + " memory by each text format. %d warm-up rounds, then the median of %d. %s.%n%n",
            c.claims().size(),
            c.a().text().length(),
            c.b().text().length(),
            c.links().size(),
            c.terms().size(),
            WARM_UP,
            ROUNDS,
            Benchmarks.environment()));
    md.append("| format | output | median | min | max | target |\n|---|---|---|---|---|---|\n");
    for (Exporter exporter : Exporters.all()) {
      if (!exporter.isText()) {
        continue;
      }
      List<Double> times = new ArrayList<>();
      int size = 0;
      for (int i = 0; i < WARM_UP + ROUNDS; i++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        long t0 = System.nanoTime();
        exporter.write(c, options, out);
        long t1 = System.nanoTime();
        size = out.size();
        if (i >= WARM_UP) {
          times.add((t1 - t0) / 1e6);
        }
      }
      System.out.printf(
          Locale.ROOT, "%s: median %.0f ms%n", exporter.id(), Benchmarks.median(times));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s (`%s`) | %.1f MB | %.0f ms | %.0f ms | %.0f ms | ≤ 1 s |%n",
              exporter.displayName(),
              exporter.id(),
              size / 1e6,
              Benchmarks.median(times),
              Collections.min(times),
              Collections.max(times)));
    }
    md.append(
        "\nRun alone: `mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test"
            + " -Dexec.mainClass=org.parallax.bench.ExportBenchmark`.\n");
    return md.toString();
  }

  /**
   * The store benchmark's large comparison, with its links and tags confirmed as a reader would.
   */
  public static Comparison comparison() {
    Comparison large = Samples.large(100_000, 10_000, 1);
    List<Link> links = new ArrayList<>();
    for (Link link : large.links().subList(0, 1_000)) {
      int i = links.size();
      Link confirmed =
          link.withStatus(LinkStatus.CONFIRMED, link.modified())
              .withRelation(RELATIONS[i % RELATIONS.length], link.modified());
      links.add(
          i % 3 == 0
              ? confirmed.withNote("Note " + i + ": \"why\" & <how>", link.modified())
              : confirmed);
    }
    List<TermTag> terms = new ArrayList<>();
    List<TermTag> tags = large.terms();
    for (int i = 0; i < tags.size(); i++) {
      TermTag tag = tags.get(i);
      boolean paired = i % 4 < 2 && i + 1 < tags.size();
      String partner = !paired ? "" : i % 2 == 0 ? tags.get(i + 1).id() : tags.get(i - 1).id();
      terms.add(tag.pairedTo(partner));
    }
    return new Comparison(
        large.title(),
        large.annotator(),
        large.a(),
        large.b(),
        large.claims(),
        links,
        terms,
        large.codebook(),
        large.created(),
        large.modified());
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new ExportBenchmark().run());
  }
}
