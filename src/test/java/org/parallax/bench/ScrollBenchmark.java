package org.parallax.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;

/**
 * Reading a book-length pair in the real window: a comparison of two generated 100,000-word essays
 * with 500 confirmed links and 2,000 confirmed term tags is saved to a file, and each run opens it
 * in a fresh JVM with {@link ScrollProbe}, which scrolls the left essay one step per pulse and then
 * clicks claims and tags words, timing the frames. Section {@code ui-scroll}.
 */
public final class ScrollBenchmark implements Benchmark {
  static final int LINKS = 500;
  static final int TERMS = 2_000;
  private static final int RUNS = Integer.getInteger("bench.uiRuns", 3);
  private static final double BUDGET_MS = 33;

  @Override
  public String name() {
    return "ui-scroll";
  }

  @Override
  public String run() throws Exception {
    String loadBefore = ChildJvm.load();
    Comparison book = BookComparison.build(LINKS, TERMS);
    Path home = ChildJvm.newHome();
    Path file = home.resolve("book" + ComparisonStore.EXTENSION);
    new ComparisonStore().save(book, file);
    Map<String, List<Double>> pooled = new LinkedHashMap<>();
    List<String> perRun = new ArrayList<>();
    try {
      for (int i = 0; i < RUNS; i++) {
        List<String> lines =
            ChildJvm.run(home, ScrollProbe.class.getName(), List.of(), file.toString());
        Map<String, List<Double>> series = series(lines);
        ChildJvm.echo(lines);
        series.forEach((k, v) -> pooled.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        perRun.add(frameRow("run " + (i + 1), series.get("frame"), series.get("pulse-work")));
        System.out.println(perRun.get(i));
      }
    } finally {
      ChildJvm.deleteTree(home);
    }
    String load = "load average " + loadBefore + " before the runs, " + ChildJvm.load() + " after";
    return section(book, perRun, pooled, load);
  }

  /** The {@code series NAME v1 v2 …} lines a probe printed, by name. */
  static Map<String, List<Double>> series(List<String> lines) {
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith("series ")) {
        String[] parts = line.split(" ");
        series.put(
            parts[1], Arrays.stream(parts, 2, parts.length).map(Double::parseDouble).toList());
      }
    }
    if (!series.containsKey("frame")) {
      throw new IllegalStateException("the probe printed no frames:\n" + String.join("\n", lines));
    }
    return series;
  }

  private static String frameRow(String name, List<Double> frames, List<Double> work) {
    long over = frames.stream().filter(f -> f > BUDGET_MS).count();
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %d | %.1f ms | %.1f ms |",
        name,
        frames.size(),
        Benchmarks.median(frames),
        percentile(frames, 95),
        Collections.max(frames),
        over,
        Benchmarks.median(work),
        Collections.max(work));
  }

  private static String section(
      Comparison book, List<String> perRun, Map<String, List<Double>> all, String load) {
    StringBuilder md =
        new StringBuilder("## Scrolling, selecting and tagging a book-length pair\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Two generated essays of about %,d words (%,d and %,d characters, %,d claims from the"
                + " real segmenter) with %d confirmed links (agree, contradict, reframe, partial in"
                + " turn) and %,d confirmed term tags, saved as a `.parallax.json` file and opened"
                + " with `ParallaxApp.open(stage, List.of(file))` in the real main window, 1280×820,"
                + " default settings (linked scrolling on, every ribbon drawn). Each of %d runs is a"
                + " fresh JVM (`ScrollProbe`, `-Xmx1g -XX:ActiveProcessorCount=2` and the"
                + " window's own options from pom.xml's `app.jit`, as `mvn javafx:run` passes them:"
                + " "
                + String.join(" ", ChildJvm.APP_OPTIONS)
                + "; throw-away home). Once the comparison is shown and %d pulses have passed, an"
                + " `AnimationTimer` scrolls the left essay by %.0f px per pulse for %d pulses"
                + " (`scrollYBy`), the right essay following; a *frame* is the time between two"
                + " consecutive pulses, *pulse work* the time from a pulse's animation step to the"
                + " end of its CSS and layout. Then %d times each: click a visible claim on the left"
                + " (`tagging().clickAt`) and tag a visible word as a term (`tagging().tagTerm`),"
                + " each from inside a pulse with %d quiet pulses between; *call* is the call itself"
                + " (restyling both essays runs in its listeners), *frame* the time until the next"
                + " pulse starts.%n%n",
            BookComparison.WORDS,
            book.a().text().length(),
            book.b().text().length(),
            book.claims().size(),
            book.links().size(),
            book.terms().size(),
            RUNS,
            ScrollProbe.SETTLE,
            ScrollProbe.STEP_PX,
            ScrollProbe.STEPS,
            ScrollProbe.TRIALS,
            ScrollProbe.GAP));
    md.append(
            "Measured headless: Monocle with software rendering (`-Dprism.order=sw`) on the shared"
                + " 2-core build machine, which is slower than a GPU pipeline on a desktop; the"
                + " budget is 33 ms a frame (30 frames a second). ")
        .append(Benchmarks.environment())
        .append("; ")
        .append(load)
        .append(".\n\n### Scripted scroll\n\n")
        .append(
            "| run | frames | median frame | p95 | max | frames over 33 ms | median pulse work |"
                + " max pulse work |\n|---|---|---|---|---|---|---|---|\n");
    perRun.forEach(row -> md.append(row).append('\n'));
    md.append(frameRow("all runs", all.get("frame"), all.get("pulse-work"))).append('\n');
    md.append(
        "\n### Selecting and tagging\n\nThe call is the view-model method alone. A trial's frame"
            + " is the longest of the "
            + (ScrollProbe.GAP + 1)
            + " frames from the action to the next trial, so work deferred to later pulses"
            + " (restyling runs just after the pulse of the action) counts; its pulse work is the"
            + " longest FX-thread pulse among them, from the pulse's start to the end of its"
            + " layout. What a frame spends beyond its pulse work is deferred restyling and the"
            + " renderer.\n\n| action | trials | median call |"
            + " median pulse work | max pulse work | median frame | max frame | frames over 33 ms"
            + " |\n|---|---|---|---|---|---|---|---|\n");
    actionRow(
        md,
        "click a claim (select, restyle, ribbons)",
        all.get("select-sync"),
        all.get("select-work"),
        all.get("select-frame"));
    actionRow(
        md, "tag a word as a term", all.get("tag-sync"), all.get("tag-work"), all.get("tag-frame"));
    md.append(
        String.format(
            Locale.ROOT,
            "%nOpening the file until the comparison is shown: median %.0f ms. Pieces timed on their"
                + " own after the script: `RibbonGutter.redraw()` median %.1f ms (%.0f ribbons on"
                + " screen); re-applying the left essay's own style spans over its whole text"
                + " (`setStyleSpans`) median %.1f ms; looking up both claims of all %d links by id"
                + " (`Comparison.claim`) %.1f ms.%n",
            Benchmarks.median(all.get("load")),
            Benchmarks.median(all.get("ribbon-redraw")),
            all.get("ribbons-drawn").get(0),
            Benchmarks.median(all.get("set-style-spans")),
            book.links().size(),
            Benchmarks.median(all.get("claim-lookups"))));
    md.append("\nCommand: `mvn -B -ntp -Pbench -DskipTests verify -Dbench.names=ui-scroll`.\n");
    return md.toString();
  }

  private static void actionRow(
      StringBuilder md, String name, List<Double> call, List<Double> work, List<Double> frame) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d |%n",
            name,
            frame.size(),
            Benchmarks.median(call),
            Benchmarks.median(work),
            Collections.max(work),
            Benchmarks.median(frame),
            Collections.max(frame),
            frame.stream().filter(f -> f > BUDGET_MS).count()));
  }

  private static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new ScrollBenchmark().run());
  }
}
