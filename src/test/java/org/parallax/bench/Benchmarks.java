package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs named benchmarks and writes each one's section into {@code docs/benchmarks.md}, between
 * {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}, leaving other sections alone. Run
 * through Maven: {@code mvn -B -ntp -Pbench -DskipTests verify} (all benchmarks) or with {@code
 * -Dbench.names=align-quality} (some). Other packages register their benchmarks in {@link
 * #REGISTRY}.
 */
public final class Benchmarks {

  /** Every benchmark by name, in the order they run. */
  static final Map<String, Supplier<Benchmark>> REGISTRY = new LinkedHashMap<>();

  static {
    REGISTRY.put("align-quality", AlignQualityBenchmark::new);
    REGISTRY.put("align-runners", AlignRunnersBenchmark::new);
    REGISTRY.put("align-learning", LearningBenchmark::new);
    REGISTRY.put("relation-quality", RelationQualityBenchmark::new);
    REGISTRY.put("align-speed", AlignSpeedBenchmark::new);
    REGISTRY.put("store", StoreBenchmark::new);
    REGISTRY.put("export", ExportBenchmark::new);
    REGISTRY.put("agreement", AgreementBenchmark::new);
    REGISTRY.put("framing", FramingBenchmark::new);
    REGISTRY.put("export-pdf", PdfBenchmark::new);
    REGISTRY.put("startup", StartupBenchmark::new);
    REGISTRY.put("ui-scroll", ScrollBenchmark::new);
    REGISTRY.put("hostile-input", HostileInputBenchmark::new);
    REGISTRY.put("hostile-refusal", RefusalBenchmark::new);
    REGISTRY.put("fuzz", FuzzBenchmark::new);
    REGISTRY.put("targets", TargetsBenchmark::new); // last: it reads the sections above
  }

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Path doc = Path.of(System.getProperty("bench.doc", "docs/benchmarks.md"));
    List<String> names = new ArrayList<>();
    for (String arg : args) {
      for (String name : arg.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    if (names.isEmpty()) {
      names.addAll(REGISTRY.keySet());
    }
    for (String name : names) {
      Supplier<Benchmark> benchmark = REGISTRY.get(name);
      if (benchmark == null) {
        throw new IllegalArgumentException(
            "no benchmark called " + name + "; known: " + REGISTRY.keySet());
      }
      System.out.println("== benchmark " + name);
      double loadBefore = load();
      ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC);
      String section = benchmark.get().run();
      if (!name.equals("targets")) {
        section = section.strip() + "\n\n" + stamp(start, loadBefore, load()) + "\n";
      }
      System.out.println(section);
      write(doc, name, section);
    }
  }

  /**
   * The last line of every section: when it was measured and how busy the machine was, as {@link
   * TargetsBenchmark} reads it back.
   */
  static String stamp(ZonedDateTime start, double loadBefore, double loadAfter) {
    return String.format(
        Locale.ROOT,
        "_Measured on %s at %s UTC; load average %.1f at the start, %.1f at the end._",
        start.format(DateTimeFormatter.ISO_LOCAL_DATE),
        start.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)),
        loadBefore,
        loadAfter);
  }

  /** The system's load average over the last minute. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Replaces (or appends) the section called {@code name} in the Markdown file {@code doc}. */
  static void write(Path doc, String name, String section) throws Exception {
    String open = "<!-- bench:" + name + " -->";
    String close = "<!-- /bench:" + name + " -->";
    String text =
        Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
    String block = open + "\n" + section.strip() + "\n" + close;
    int start = text.indexOf(open);
    int end = text.indexOf(close);
    if (start >= 0 && end > start) {
      text = text.substring(0, start) + block + text.substring(end + close.length());
    } else {
      text = text.stripTrailing() + "\n\n" + block + "\n";
    }
    Files.createDirectories(doc.toAbsolutePath().getParent());
    Files.writeString(doc, text, StandardCharsets.UTF_8);
  }

  /** The machine and JVM, for the sections' headers. */
  public static String environment() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        "%d cores available to the JVM, max heap %d MB, Java %s (%s), %s %s, %s",
        rt.availableProcessors(),
        rt.maxMemory() / (1024 * 1024),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        compilers());
  }

  /** Which JIT compilers this JVM runs, as its options set them. */
  static String compilers() {
    boolean c1Only =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .anyMatch(a -> a.equals("-XX:TieredStopAtLevel=1"));
    return c1Only
        ? "C1 compiler only (-XX:TieredStopAtLevel=1, as the window runs)"
        : "default JIT (C1 and C2)";
  }

  /** The median of {@code values}. */
  public static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
