package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFailureTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private String[] alignBothEssays() throws IOException {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"),
            "The bridge question\n\nOn March 3rd the council closed the Kettle Ford bridge.");
    Path b =
        Files.writeString(
            dir.resolve("b.txt"),
            "Kettle Ford cut off\n\nLorries were banned from Kettle Ford bridge on 3 March.");
    return new String[] {"align", a.toString(), b.toString(), "--json", "--lexical-only"};
  }

  private static OutputStream failingWith(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }

  @Test
  void aReaderThatClosesThePipeEndsTheRunQuietlyWithTheSigpipeStatus() throws IOException {
    int code =
        ParallaxCommand.run(failingWith("Broken pipe"), new PrintWriter(err), alignBothEssays());

    assertThat(code).isEqualTo(141);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void outputLostOnAFullDiskIsNamedWithItsReasonAndFails() throws IOException {
    int code =
        ParallaxCommand.run(
            failingWith("No space left on device"), new PrintWriter(err), alignBothEssays());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("parallax: the output could not be written: No space left on device");
  }

  @Test
  void aRealPipeClosedByItsReaderEndsTheCommandQuietly() throws Exception {
    Process child = launch(alignBothEssays()).redirectError(dir.resolve("err").toFile()).start();
    child.getInputStream().close();

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(141);
    assertThat(Files.readString(dir.resolve("err"))).isEmpty();
  }

  @Test
  void aRealFullDeviceIsStillReportedAndFails() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "only where the system has /dev/full");
    Process child =
        launch(alignBothEssays())
            .redirectOutput(full.toFile())
            .redirectError(dir.resolve("err").toFile())
            .start();

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("err")).strip())
        .isEqualTo("parallax: the output could not be written: No space left on device");
  }

  /** The command line in a new JVM, as {@code java -jar parallax.jar} runs it. */
  private static ProcessBuilder launch(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.parallax.Launcher");
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
