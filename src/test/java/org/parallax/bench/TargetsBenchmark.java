package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table of every target the issues set, beside the figure measured for it: read from the other
 * benchmarks' sections of docs/benchmarks.md (so it runs last, after them, in the full benchmark
 * command), each with the date and load average its section was measured at ({@link
 * Benchmarks#stamp}), under the machine and the date of the table.
 */
public final class TargetsBenchmark implements Benchmark {

  /** What a target's section shows for it, and whether that meets it (empty: judged by hand). */
  record Measured(String shown, Optional<Boolean> met) {}

  /**
   * One target of one issue.
   *
   * @param issue the issue that set it ("#3")
   * @param what what is measured
   * @param target the target, as the issue words it
   * @param section the benchmark whose section holds the figure
   * @param read reads the figure from that section's text, or empty if it is not there
   */
  record Target(
      String issue,
      String what,
      String target,
      String section,
      Function<String, Optional<Measured>> read) {}

  static final List<Target> TARGETS =
      List.of(
          new Target(
              "#2",
              "start-up to the first laid-out window",
              "about 1.5 s",
              "startup",
              atMost(cell("**window laid out", "median"), 1500)),
          new Target(
              "#3",
              "align seed × 1,500-word counterpart, warm",
              "≤ 0.5 s",
              "align-speed",
              atMost(cell("seed × 1,500-word counterpart, warm", "median"), 0.5)),
          new Target(
              "#3",
              "the same, cold (new JVM, model load)",
              "≤ 2 s",
              "align-speed",
              atMost(cell("same, cold", "median"), 2)),
          new Target(
              "#3",
              "align 100k × 100k words, lexical only",
              "≤ 3 s",
              "align-speed",
              atMost(cell("100k words × 100k words, lexical only", "median"), 3)),
          new Target(
              "#3",
              "align 100k × 100k words, with meaning",
              "≤ 20 s",
              "align-speed",
              atMost(cell("100k words × 100k words, with meaning", "median"), 20)),
          new Target(
              "#3",
              "peak heap of the 100k-word alignments",
              "≤ 1 GB (1024 MB)",
              "align-speed",
              atMost(match("Peak heap used during the 100k-word runs: (\\d+ MB)"), 1024)),
          new Target(
              "#3, #15",
              "gold link F1, micro (0.8 withdrawn by #15)",
              "no worse than 0.57",
              "align-quality",
              atLeast(column("**all (micro)**", 3), 0.57)),
          new Target(
              "#15",
              "suggested relation accuracy, all pairs micro",
              "≥ 0.60 and ≥ baseline + 0.20",
              "relation-quality",
              TargetsBenchmark::relationAccuracy),
          new Target(
              "#15",
              "runners-up recall@3, micro",
              "≥ 0.90",
              "align-runners",
              atLeast(cell("**all (micro)**", "R@3"), 0.90)),
          new Target(
              "#15",
              "learning: F1 of the undecided remainder after 10 decisions, held out",
              "kept only if it helps held out",
              "align-learning",
              TargetsBenchmark::learning),
          new Target(
              "#15",
              "speed of the seed pair and the 100k case",
              "unchanged within noise",
              "align-speed",
              section ->
                  cell("seed × 1,500-word counterpart, warm", "median")
                      .apply(section)
                      .flatMap(
                          seed ->
                              cell("100k words × 100k words, lexical only", "median")
                                  .apply(section)
                                  .map(
                                      big ->
                                          new Measured(
                                              seed
                                                  + " and "
                                                  + big
                                                  + " lexical (before #15: 0.29 s and 1.55 s,"
                                                  + " same day, 5 Dec)",
                                              Optional.empty())))),
          new Target(
              "#4",
              "scripted scroll of a book-length pair, frames over 33 ms",
              "none",
              "ui-scroll",
              atMost(cell("all runs", "frames over 33 ms"), 0)),
          new Target(
              "#5",
              "save, 10,000 tags over two 100k-word documents",
              "≤ 200 ms",
              "store",
              atMost(cell("save", "median"), 200)),
          new Target(
              "#5",
              "load, the same comparison",
              "≤ 200 ms",
              "store",
              atMost(cell("load", "median"), 200)),
          new Target(
              "#5, #16",
              "fuzzing: inputs per target in the long run",
              "≥ 100,000 a target",
              "fuzz",
              TargetsBenchmark::fewestFuzzInputs),
          new Target(
              "#12",
              "export of a book-sized comparison, slowest text format",
              "≤ 1 s a format",
              "export",
              atMost(TargetsBenchmark::slowestExport, 1000)),
          new Target(
              "#12",
              "PDF of the seed pair",
              "≤ 3 s",
              "export-pdf",
              atMost(cell("median of", "time"), 3000)),
          new Target(
              "#12",
              "book-sized PDF: progress and Cancel",
              "finishes with progress, can be cancelled",
              "export-pdf",
              section ->
                  match("(\\d[\\d,]* pages, [\\d.]+ MB, [\\d.]+ s\\. \\d+ progress reports)")
                      .apply(section)
                      .map(s -> new Measured(s, Optional.of(true)))),
          new Target(
              "#13",
              "comparing 30 students' files and a key",
              "≤ 2 s",
              "agreement",
              atMost(cell("30, all of the same texts", "median"), 2000)),
          new Target(
              "#14",
              "framing discovery, 100k × 100k words (wide vocabulary), CPU of its thread",
              "≤ 2 s",
              "framing",
              atMost(cell("100k × 100k words, wide vocabulary", "median CPU"), 2)),
          new Target(
              "#14",
              "framing discovery, seed pair",
              "never delays the window",
              "framing",
              section ->
                  cell("seed × Karabakh counterpart", "median")
                      .apply(section)
                      .map(s -> new Measured(s, Optional.empty()))),
          new Target(
              "#17",
              "8 MB without sentence ends, aligned lexical only",
              "≤ 30 s",
              "hostile-input",
              atMost(cell("8 MB", "align, lexical only"), 30)),
          new Target(
              "#17",
              "loading 2,000 claims whose quotes match nothing",
              "≤ 30 s",
              "hostile-input",
              atMost(cell("2,000", "load"), 30)));

  private static final Pattern STAMP =
      Pattern.compile(
          "_Measured on (\\S+) at (\\S+) UTC; load average ([\\d.]+) at the start, ([\\d.]+)"
              + " at the end\\._");

  @Override
  public String name() {
    return "targets";
  }

  @Override
  public String run() throws Exception {
    Path doc = Path.of(System.getProperty("bench.doc", "docs/benchmarks.md"));
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    return table(text, machine(), ZonedDateTime.now(ZoneOffset.UTC));
  }

  /** The section of {@code doc} for {@code targets}, as of {@code now} on {@code machine}. */
  static String table(String doc, String machine, ZonedDateTime now) {
    StringBuilder md = new StringBuilder("## Every target from the issues\n\n");
    md.append("Made ")
        .append(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)))
        .append(" UTC on ")
        .append(machine)
        .append(". Each figure is read from its benchmark's section below, measured when and at")
        .append(" the load that section states (its last line); a load average well above the")
        .append(" number of cores means other work shared the machine and timings are")
        .append(" pessimistic. Regenerated by the full benchmark command, which runs this step")
        .append(" last, or alone from the sections as they stand:")
        .append(" `mvn -B -ntp -Pbench -DskipTests verify -Dbench.names=targets`.\n\n")
        .append("| issue | what | target | measured | met | benchmark | measured on, load |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Target t : TARGETS) {
      Optional<String> section = section(doc, t.section());
      Optional<Measured> m = section.flatMap(s -> t.read().apply(s));
      md.append("| ")
          .append(t.issue())
          .append(" | ")
          .append(t.what())
          .append(" | ")
          .append(t.target())
          .append(" | ")
          .append(
              m.map(Measured::shown)
                  .orElse(section.isPresent() ? "not found in its section" : "not run"))
          .append(" | ")
          .append(m.flatMap(Measured::met).map(met -> met ? "yes" : "**no**").orElse("–"))
          .append(" | `")
          .append(t.section())
          .append("` | ")
          .append(section.map(TargetsBenchmark::when).orElse("–"))
          .append(" |\n");
    }
    return md.toString();
  }

  /** The text between a benchmark's markers in {@code doc}. */
  static Optional<String> section(String doc, String name) {
    String open = "<!-- bench:" + name + " -->";
    String close = "<!-- /bench:" + name + " -->";
    int start = doc.indexOf(open);
    int end = doc.indexOf(close);
    return start >= 0 && end > start
        ? Optional.of(doc.substring(start + open.length(), end))
        : Optional.empty();
  }

  private static String when(String section) {
    Matcher m = STAMP.matcher(section);
    String found = null;
    while (m.find()) {
      found = m.group(1) + ", load " + m.group(3) + "–" + m.group(4);
    }
    return found != null ? found : "not recorded (before the stamp)";
  }

  /** A table cell: the row whose first cell starts with {@code row}, the named column. */
  static Function<String, Optional<String>> cell(String row, String column) {
    return section -> {
      List<String> header = null;
      for (String line : section.split("\n")) {
        if (!line.startsWith("|") || line.startsWith("|---")) {
          continue;
        }
        List<String> cells = cells(line);
        if (header == null || !cells.get(0).startsWith(row)) {
          if (header == null || cells.contains(column)) {
            header = cells;
          }
          continue;
        }
        int at = header.indexOf(column);
        if (at >= 0 && at < cells.size()) {
          return Optional.of(cells.get(at));
        }
      }
      return Optional.empty();
    };
  }

  /** A table cell by position: the row whose first cell starts with {@code row}. */
  static Function<String, Optional<String>> column(String row, int at) {
    return section -> {
      for (String line : section.split("\n")) {
        if (line.startsWith("|") && !line.startsWith("|---")) {
          List<String> cells = cells(line);
          if (cells.get(0).startsWith(row) && at < cells.size()) {
            return Optional.of(cells.get(at));
          }
        }
      }
      return Optional.empty();
    };
  }

  /** The first group of {@code regex} in the section. */
  static Function<String, Optional<String>> match(String regex) {
    Pattern p = Pattern.compile(regex);
    return section -> {
      Matcher m = p.matcher(section);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    };
  }

  static Function<String, Optional<Measured>> atMost(
      Function<String, Optional<String>> read, double limit) {
    return section ->
        read.apply(section).map(s -> new Measured(plain(s), number(s).map(v -> v <= limit)));
  }

  static Function<String, Optional<Measured>> atLeast(
      Function<String, Optional<String>> read, double limit) {
    return section ->
        read.apply(section).map(s -> new Measured(plain(s), number(s).map(v -> v >= limit)));
  }

  private static List<String> cells(String line) {
    String inner = line.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> out = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }

  /** The first number in {@code s}, thousands separators dropped. */
  static Optional<Double> number(String s) {
    Matcher m = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?").matcher(s);
    return m.find()
        ? Optional.of(Double.parseDouble(m.group().replace(",", "")))
        : Optional.empty();
  }

  private static String plain(String s) {
    return s.replace("**", "");
  }

  private static Optional<Measured> relationAccuracy(String section) {
    Optional<String> accuracy = cell("**all (micro)**", "accuracy").apply(section);
    Optional<String> baseline = cell("**all (micro)**", "baseline").apply(section);
    if (accuracy.isEmpty() || baseline.isEmpty()) {
      return Optional.empty();
    }
    double a = number(accuracy.get()).orElse(Double.NaN);
    double b = number(baseline.get()).orElse(Double.NaN);
    return Optional.of(
        new Measured(
            plain(accuracy.get()) + " (baseline " + plain(baseline.get()) + ")",
            Optional.of(a >= 0.60 && a >= b + 0.20 - 1e-9)));
  }

  private static Optional<Measured> learning(String section) {
    Optional<String> stat = column("**all (micro, held out)**", 1).apply(section);
    Optional<String> learned = column("**all (micro, held out)**", 3).apply(section);
    if (stat.isEmpty() || learned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Measured(
            plain(learned.get())
                + " learned against "
                + plain(stat.get())
                + " static: no clear gain, so not in the app",
            Optional.empty()));
  }

  /** The door of the fuzz table that ran the fewest inputs, and whether each ran 100,000. */
  static Optional<Measured> fewestFuzzInputs(String section) {
    List<String> header = null;
    String fewestDoor = null;
    double fewest = Double.MAX_VALUE;
    int doors = 0;
    for (String line : section.split("\n")) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      List<String> cells = cells(line);
      if (header == null) {
        header = cells;
        continue;
      }
      int at = header.indexOf("inputs");
      Optional<Double> inputs = at < 0 ? Optional.empty() : number(cells.get(at));
      if (inputs.isPresent()) {
        doors++;
        if (inputs.get() < fewest) {
          fewest = inputs.get();
          fewestDoor = cells.get(0);
        }
      }
    }
    if (fewestDoor == null) {
      return Optional.empty();
    }
    String count = String.format(Locale.ROOT, "%,.0f", fewest);
    boolean met = fewest >= 100_000;
    return Optional.of(
        new Measured(
            met
                ? count + " or more on each of " + doors + " doors"
                : count + " at the fewest (" + fewestDoor + ", of " + doors + " doors)",
            Optional.of(met)));
  }

  private static Optional<String> slowestExport(String section) {
    String slowest = null;
    double most = -1;
    for (String line : section.split("\n")) {
      if (line.startsWith("| ") && line.contains("(`")) {
        List<String> cells = cells(line);
        Optional<Double> ms = number(cells.get(2));
        if (ms.isPresent() && ms.get() > most) {
          most = ms.get();
          slowest = cells.get(2) + " (" + cells.get(0).replaceAll(" \\(`.*", "") + ")";
        }
      }
    }
    return Optional.ofNullable(slowest);
  }

  /** Cores, memory, JDK and OS of this machine. */
  static String machine() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(
        Locale.ROOT,
        "%d cores (as the benchmarks' JVM sees them), %.1f GB of memory, %s %s, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / 1e9,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }
}
