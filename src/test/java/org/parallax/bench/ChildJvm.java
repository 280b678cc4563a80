package org.parallax.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs a probe main in a fresh JVM with this JVM's executable and class path, headless JavaFX
 * (Monocle, software rendering) and a throw-away home directory, so the probe never reads or writes
 * the reader's own settings, recent files or recovery file. Collects the lines the probe prints.
 */
final class ChildJvm {
  /** The Monocle settings the tests use: a 1600×1200 headless screen, software pipeline. */
  static final List<String> HEADLESS =
      List.of(
          "-Dtestfx.robot=glass",
          "-Dglass.platform=Monocle",
          "-Dmonocle.platform=Headless",
          "-Dheadless.geometry=1600x1200-32",
          "-Dprism.order=sw",
          "-Dprism.text=t2k",
          "-Djava.awt.headless=true");

  /**
   * The JVM options the window runs with ({@code app.jit} in pom.xml, handed over by the bench
   * profile as {@code bench.appOptions}), so probes measure the window as {@code mvn javafx:run}
   * starts it.
   */
  static final List<String> APP_OPTIONS =
      List.of(System.getProperty("bench.appOptions", "").strip().split("\\s+")).stream()
          .filter(option -> !option.isEmpty())
          .toList();

  private ChildJvm() {}

  /** The java command of this JVM (the one the runner started). */
  static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** A new, empty home directory for probes; remove it with {@link #deleteTree}. */
  static Path newHome() throws IOException {
    return Files.createTempDirectory("parallax-bench-home");
  }

  /**
   * Runs {@code main} with {@code args} in a new JVM limited like the benchmark runner (1 GB heap,
   * 2 processors), with {@code home} as its home directory and preferences root, and returns every
   * line it printed; fails if it exits with an error.
   */
  static List<String> run(Path home, String main, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    // Each run starts with no recent files and no recovery file (an earlier run may leave one).
    deleteTree(home.resolve(".parallax"));
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add("-Xmx1g");
    command.add("-XX:ActiveProcessorCount=2");
    command.addAll(HEADLESS);
    command.add("-Duser.home=" + home);
    command.add("-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
    command.addAll(APP_OPTIONS);
    command.addAll(jvmOptions);
    String extra = System.getProperty("bench.childOptions", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "the probe " + main + " failed (exit " + exit + "):\n" + String.join("\n", lines));
    }
    return lines;
  }

  /**
   * The machine's one-minute load average, or a dash where the system does not report it. The build
   * machine is shared, so sections state how busy it was.
   */
  static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "–" : String.format(Locale.ROOT, "%.1f", load);
  }

  /**
   * Prints the probe's notices and checks ({@code notice …}, {@code check …}) on this JVM's out.
   */
  static void echo(List<String> lines) {
    lines.stream()
        .filter(l -> l.startsWith("notice ") || l.startsWith("check "))
        .forEach(System.out::println);
  }

  /** The number after {@code key } on the first line that starts with it. */
  static double value(List<String> lines, String key) {
    String prefix = key + " ";
    return lines.stream()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .map(l -> Double.parseDouble(l.substring(prefix.length()).strip()))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the probe printed no " + key + ":\n" + String.join("\n", lines)));
  }

  /** Deletes {@code root} and everything under it. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
