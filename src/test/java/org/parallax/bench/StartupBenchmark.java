package org.parallax.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times how long after the JVM starts the main window is on screen: each run starts a fresh JVM
 * running {@link StartupProbe}, which opens the real window with the bundled seed and reports when
 * the first pulse after showing it has laid the window out. One untimed first run fills the
 * throw-away home directory (JavaFX's native library cache, the preferences root) as any earlier
 * start would have; then the median of the measured runs. Section {@code startup}.
 */
public final class StartupBenchmark implements Benchmark {
  private static final int RUNS = 7;

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String run() throws Exception {
    String loadBefore = ChildJvm.load();
    Path home = ChildJvm.newHome();
    List<Double> laidOut = new ArrayList<>();
    List<Double> nextFrame = new ArrayList<>();
    List<Double> toolkit = new ArrayList<>();
    List<Double> opened = new ArrayList<>();
    double first;
    try {
      first = ChildJvm.value(probe(home), "startup-ms");
      for (int i = 0; i < RUNS; i++) {
        List<String> lines = probe(home);
        laidOut.add(ChildJvm.value(lines, "startup-ms"));
        nextFrame.add(ChildJvm.value(lines, "next-frame-ms"));
        toolkit.add(ChildJvm.value(lines, "toolkit-ms"));
        opened.add(ChildJvm.value(lines, "opened-ms"));
        System.out.println("run " + (i + 1) + ": " + laidOut.get(i) + " ms");
      }
    } finally {
      ChildJvm.deleteTree(home);
    }
    String load = "load average " + loadBefore + " before the runs, " + ChildJvm.load() + " after";
    return section(first, List.of(toolkit, opened, laidOut, nextFrame), load);
  }

  private static List<String> probe(Path home) throws Exception {
    return ChildJvm.run(home, StartupProbe.class.getName(), List.of());
  }

  /** {@code moments}: toolkit up, {@code open} returned, window laid out, next pulse. */
  private static String section(double first, List<List<Double>> moments, String load) {
    StringBuilder md = new StringBuilder("## Start-up\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Time from the JVM's start (`RuntimeMXBean.getStartTime()`) until the real main window,"
                + " showing the bundled seed, has been laid out by the first pulse after it was"
                + " shown (`StartupProbe`: `ParallaxApp.open(stage, List.of())`, then a post-layout"
                + " pulse listener). Each run is a new JVM (`-Xmx1g -XX:ActiveProcessorCount=2`,"
                + " the window's own options from pom.xml's `app.jit`, as `mvn javafx:run` passes"
                + " them: "
                + String.join(" ", ChildJvm.APP_OPTIONS)
                + "; the test class path) with a throw-away `user.home` and"
                + " `java.util.prefs.userRoot`, so no real settings, recent files or recovery file"
                + " are read or written. One untimed first run fills that home (JavaFX unpacks its"
                + " native libraries there: %.0f ms), then %d measured runs. Measured headless:"
                + " Monocle with software rendering (`-Dprism.order=sw`) on the shared 2-core build"
                + " machine; it does not include connecting to a real display server, a GPU"
                + " pipeline or a window manager mapping the window, nor a cold disk cache. %s;"
                + " %s.%n%n",
            first,
            RUNS,
            Benchmarks.environment(),
            load));
    md.append("| moment | median | min | max | target |\n|---|---|---|---|---|\n");
    row(md, "JavaFX started, `Application.start` called", moments.get(0), "–");
    row(md, "`ParallaxApp.open` returned (window built and shown)", moments.get(1), "–");
    row(md, "**window laid out (first pulse after shown)**", moments.get(2), "≤ 1.5 s");
    row(md, "start of the next pulse (first frame handed to the renderer)", moments.get(3), "–");
    md.append(
        "\nCommand: `mvn -B -ntp -Pbench -DskipTests verify -Dbench.names=startup`; one probe"
            + " alone: `java -cp <test class path> <the Monocle options above>"
            + " org.parallax.bench.StartupProbe` prints `startup-ms N`.\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String name, List<Double> ms, String target) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.0f ms | %.0f ms | %.0f ms | %s |%n",
            name,
            Benchmarks.median(ms),
            Collections.min(ms),
            Collections.max(ms),
            target));
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new StartupBenchmark().run());
  }
}
