package org.parallax.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long fuzz run: each door that takes a file fuzzed on its own, in a JVM of its own (Jazzer
 * fuzzes one target per JVM), for {@link #RUNS} inputs (libFuzzer's {@code -runs}, counting the
 * corpus it starts from). The generated corpus is kept in {@code target/fuzz-long}, so a second run
 * goes on from the first; a crashing input is written into the door's committed corpus under
 * src/test/resources (Jazzer's findings folder), where the regression run of {@code mvn verify}
 * replays it. {@code -Dbench.fuzz.runs=N} sets another number of inputs, {@code
 * -Dbench.fuzz.doors=plain text reader,PDF reader} fuzzes some doors only; the table keeps every
 * door's last result.
 */
public final class FuzzBenchmark implements Benchmark {
  static final long RUNS = Long.getLong("bench.fuzz.runs", 100_000);

  /** A door's time limit in seconds ({@code -Dbench.fuzz.maxSeconds}); 0, the default, is none. */
  static final long MAX_SECONDS = Long.getLong("bench.fuzz.maxSeconds", 0);

  private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
  private static final Pattern COVERAGE = Pattern.compile("cov: (\\d+) ft: (\\d+) corp: (\\d+)");

  /** One door: its name, the test class and its {@code @FuzzTest} method. */
  record Door(String name, String testClass, String method) {}

  static final List<Door> DOORS =
      List.of(
          new Door(
              "text decoder",
              "org.parallax.ingest.EssayReadersFuzzTest",
              "theTextDecoderDecodesAnyBytesOrNamesTheDamagedLine"),
          new Door(
              "plain text reader",
              "org.parallax.ingest.EssayReadersFuzzTest",
              "aPlainTextFileIsImportedOrRefusedInASentence"),
          new Door(
              "HTML reader",
              "org.parallax.ingest.EssayReadersFuzzTest",
              "aWebPageIsImportedOrRefusedInASentence"),
          new Door(
              "Markdown reader",
              "org.parallax.ingest.EssayReadersFuzzTest",
              "aMarkdownFileIsImportedOrRefusedInASentence"),
          new Door(
              "PDF reader",
              "org.parallax.ingest.EssayReadersFuzzTest",
              "aPdfIsImportedOrRefusedInASentence"),
          new Door(
              "comparison loader",
              "org.parallax.store.StoreFilesFuzzTest",
              "aComparisonFileOfAnyVersionLoadsAndSavesAgainOrIsRefusedInASentence"),
          new Door(
              "lexicon file",
              "org.parallax.store.StoreFilesFuzzTest",
              "aLexiconFileIsMergedIntoTheReadersListOrRefusedInASentence"),
          new Door(
              "classroom merge",
              "org.parallax.agreement.ClassroomMergeFuzzTest",
              "aDamagedStudentFileIsLeftOutWithAReasonAndTheRestStillMerge"),
          new Door(
              "exporters",
              "org.parallax.export.ExportInputsFuzzTest",
              "everyFormatExportsWhateverComparisonAFileLoadsAs"));

  /** Findings of the long run that were fixed, each with its regression test. */
  static final List<String> FIXED =
      List.of(
          "lexicon file: importing the same file twice added an entry the second time, when two"
              + " of its entries shared a name (they joined into one referent with the second's"
              + " frame, so the first no longer looked known). `LexiconLines.merge` now also counts"
              + " an entry the reader's lines hold as written; regression test"
              + " `LexiconLinesTest.importingOneFileTwiceAddsNothingTheSecondTime`, input"
              + " `twice-imported-shared-name.tsv` in the lexicon door's corpus.");

  /** Findings of the long run not fixed yet, each with what it is. */
  static final List<String> OPEN = List.of();

  @Override
  public String name() {
    return "fuzz";
  }

  @Override
  public String run() throws Exception {
    List<String> only =
        List.of(System.getProperty("bench.fuzz.doors", "").split(",")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (Door door : DOORS) {
      if (only.isEmpty() || only.contains(door.name())) {
        LoadWatch load = LoadWatch.start();
        String row = fuzz(door);
        System.out.println(row);
        Files.writeString(result(door), row, StandardCharsets.UTF_8);
        Files.writeString(loadFile(door), load.stop(), StandardCharsets.UTF_8);
      }
    }
    StringBuilder md = new StringBuilder("## Fuzzing every door that takes a file\n\n");
    md.append("Java ")
        .append(System.getProperty("java.version"))
        .append(", ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append("; each door's JVM has 1 GB of heap, 2 processors and the default JIT")
        .append(MAX_SECONDS > 0 ? ", and at most " + MAX_SECONDS + " s" : "")
        .append(
            ". The machine's other work shares its processors with the fuzzer, so a door's inputs/s"
                + " follow the load average beside it (its lowest and highest one-minute figure"
                + " during the door's run): a door's JVM has the machine to itself at a load of 1"
                + " to 2, and a tenth of it at a load of 20.")
        .append(
            " Each door fuzzed by Jazzer (coverage-guided; `jazzer-junit`) in a JVM of its own,")
        .append(" up to ")
        .append(String.format(Locale.ROOT, "%,d", RUNS))
        .append(
            " inputs, starting from its committed corpus and the corpus earlier runs left in"
                + " `target/fuzz-long`. A finding is any exception but the door's own refusal with"
                + " a sentence, an input taking over 60 s, or running out of memory. Coverage"
                + " counts the edges of Parallax's own classes (Jazzer instruments the project's"
                + " classes, not the libraries').\n\n")
        .append(
            "| door | run on | inputs | time | inputs/s | load average | coverage (edges) | corpus"
                + " | findings |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Door door : DOORS) {
      Path result = result(door);
      Path load = loadFile(door);
      md.append(
              Files.exists(result)
                  ? withLoad(
                      Files.readString(result, StandardCharsets.UTF_8).strip(),
                      Files.exists(load)
                          ? Files.readString(load, StandardCharsets.UTF_8).strip()
                          : "not recorded")
                  : "| " + door.name() + " | not run | | | | | | | |")
          .append('\n');
    }
    md.append("\nFindings fixed:");
    if (FIXED.isEmpty()) {
      md.append(" none so far.\n");
    } else {
      md.append('\n');
      FIXED.forEach(f -> md.append("\n- ").append(f));
      md.append('\n');
    }
    md.append("\nFindings not fixed yet:");
    if (OPEN.isEmpty()) {
      md.append(" none.\n");
    } else {
      md.append('\n');
      OPEN.forEach(f -> md.append("\n- ").append(f));
      md.append('\n');
    }
    md.append(
        "\n`mvn verify` replays every door's corpus and fuzzes all doors together for 32 s"
            + " (`EveryDoorFuzzTest`, execution `fuzz-short`).\n\nCommand: `mvn -B -ntp -Pbench"
            + " -DskipTests verify -Dbench.names=fuzz` (all doors; each door's last result is kept"
            + " in `target/fuzz-long`, so `-Dbench.fuzz.doors=\"PDF reader\"` fuzzes one door and"
            + " the table still shows them all, and `-Dbench.fuzz.doors=none` only writes the table"
            + " again; `-Dbench.fuzz.runs` and `-Dbench.fuzz.maxSeconds` reach the benchmark JVM"
            + " too).\n");
    return md.toString();
  }

  /** Where the load average during a door's last run is kept ("lowest–highest"). */
  private static Path loadFile(Door door) throws IOException {
    return result(door).resolveSibling(door.method() + ".load");
  }

  /** A row of {@link #fuzz} with the load average put in after its inputs/s. */
  static String withLoad(String row, String load) {
    List<String> cells = new ArrayList<>(List.of(row.split(" \\| ", -1)));
    cells.add(5, load);
    return String.join(" | ", cells);
  }

  /** Samples the one-minute load average while a door is fuzzed. */
  private static final class LoadWatch {
    private final ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "load-watch");
              t.setDaemon(true);
              return t;
            });
    private final List<Double> samples = new CopyOnWriteArrayList<>();

    static LoadWatch start() {
      LoadWatch watch = new LoadWatch();
      watch.timer.scheduleAtFixedRate(
          () -> watch.samples.add(Benchmarks.load()), 0, 20, TimeUnit.SECONDS);
      return watch;
    }

    String stop() {
      timer.shutdownNow();
      samples.add(Benchmarks.load());
      double low = samples.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double high = samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      return String.format(Locale.ROOT, "%.0f–%.0f", low, high);
    }
  }

  /** Where a door's last row of the table is kept. */
  private static Path result(Door door) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "fuzz-long"));
    return dir.resolve(door.method() + ".row");
  }

  private static String fuzz(Door door) throws Exception {
    Path corpus = Path.of("target", "fuzz-long", door.method()).toAbsolutePath();
    Files.createDirectories(corpus);
    List<String> command = new ArrayList<>();
    command.add(ChildJvm.java());
    command.add("-Xmx1g");
    command.add("-XX:ActiveProcessorCount=2");
    command.add("-Djava.awt.headless=true");
    command.add("-DJAZZER_FUZZ=1");
    command.add("-Dai.djl.offline=true");
    command.add("-DOPT_OUT_TRACKING=true");
    command.add("-Djazzer.internal.arg.0=fuzz");
    command.add("-Djazzer.internal.arg.1=" + corpus);
    command.add("-Djazzer.internal.arg.2=-runs=" + RUNS);
    command.add("-Djazzer.internal.arg.3=-max_total_time=" + MAX_SECONDS);
    command.add("-Djazzer.internal.arg.4=-timeout=60");
    command.add("-Djazzer.internal.arg.5=-print_final_stats=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FuzzRunner.class.getName());
    command.add(door.testClass());
    command.add(door.method());
    System.out.println("== fuzzing the " + door.name());
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    long runs = -1;
    String coverage = "?";
    String corpusSize = "?";
    List<String> findings = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher done = DONE.matcher(line);
        Matcher cov = COVERAGE.matcher(line);
        if (done.find()) {
          runs = Long.parseLong(done.group(1));
        }
        if (cov.find()) {
          coverage = cov.group(1);
          corpusSize = cov.group(3);
        }
        if (line.startsWith("FINDING: ") || line.startsWith("== Java Exception")) {
          findings.add(line);
        }
        if (!line.startsWith("INFO: Instrumented") && !line.startsWith("#")) {
          System.out.println("  " + line);
        } else if (line.contains("pulse") || line.contains("DONE")) {
          System.out.println("  " + line);
        }
      }
    }
    int status = process.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    String found =
        findings.isEmpty() && status == 0
            ? "none"
            : findings.isEmpty()
                ? "exit status " + status
                : findings
                    .get(0)
                    .replace("FINDING: ", "")
                    .replaceAll("^([\\w.$]+(Exception|Error): )+", "")
                    .replace("|", "\\|")
                    .strip();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %.0f s | %.0f | %s | %s | %s |",
        door.name(),
        LocalDate.now(ZoneOffset.UTC),
        runs < 0 ? "?" : String.format(Locale.ROOT, "%,d", runs),
        seconds,
        runs < 0 ? 0 : runs / seconds,
        coverage,
        corpusSize,
        found);
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new FuzzBenchmark().run());
  }
}
