package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aligning with the meaning model must not announce the machine to anyone: the model's libraries
 * (DJL's usage tracking asked 169.254.169.254 on every run) stay off the network; nor may making a
 * PDF, whose renderer could fetch what a page refers to. The run happens in a fresh JVM with an
 * empty home folder, as on a reader's first start, and without the DJL environment variables a
 * developer's shell might set.
 */
class NoNetworkTest {
  @TempDir Path dir;

  @Test
  void aligningWithTheMeaningModelTriesNoNetworkConnection() throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"), "The council closed the Kettle Ford bridge to lorries in March.");
    Path b =
        Files.writeString(
            dir.resolve("b.txt"), "Lorries were banned from Kettle Ford bridge by the council.");

    List<String> lines = runProbe("align", a.toString(), b.toString(), "--json");

    assertThat(lines).filteredOn(l -> l.startsWith("attempt ")).isEmpty();
    assertThat(lines).as("the probe's output").contains("exit 0");
    assertThat(lines)
        .as("the model really ran")
        .anyMatch(l -> l.contains("\"usedEmbeddings\" : true"));
  }

  @Test
  void exportingAPdfTriesNoNetworkConnection() throws Exception {
    Path pdf = dir.resolve("handout.pdf");

    List<String> lines =
        runProbe(
            "export",
            "docs/demo/karabakh-two-perspectives.parallax.json",
            "--to",
            "pdf",
            "-o",
            pdf.toString());

    assertThat(lines).filteredOn(l -> l.startsWith("attempt ")).isEmpty();
    assertThat(lines).as("the probe's output").contains("exit 0");
    assertThat(Files.size(pdf)).as("the PDF was written").isPositive();
  }

  private List<String> runProbe(String... args) throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("home"));
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-Duser.home=" + home,
            "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
            "-cp",
            System.getProperty("java.class.path"),
            NetworkProbe.class.getName());
    builder.command().addAll(List.of(args));
    List.of("OPT_OUT_TRACKING", "DJL_OFFLINE", "DJL_CACHE_DIR", "ENGINE_CACHE_DIR")
        .forEach(builder.environment()::remove);
    Process process = builder.redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    process.waitFor();
    return lines;
  }
}
