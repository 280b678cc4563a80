package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.files.Fifo;
import org.parallax.store.ComparisonStore;
import org.parallax.store.Samples;

class ValidateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void aGoodFilePrintsAOneLineSummaryAndExitsZero() throws Exception {
    Path file = dir.resolve("small.parallax.json");
    new ComparisonStore().save(Samples.small(), file);

    int code = run("validate", file.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "small.parallax.json: 2 documents (131 and 127 characters), 6 claims, 2 links,"
                + " 2 tags, 0 orphans"
                + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aBrokenFilePrintsTheProblemWithoutAStackTraceAndExitsNonZero() throws Exception {
    Path file = Files.writeString(dir.resolve("broken.parallax.json"), "{\"format\": ");

    int code = run("validate", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .startsWith("parallax: " + file + ": The file ends too early; it may have been cut off")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("nowhere.parallax.json");

    int code = run("validate", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("parallax: There is no file at " + file + ".");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeIsRefusedInOneLineInsteadOfWaitingForever() throws Exception {
    Path pipe = Fifo.make(dir, "pipe.parallax.json");

    int code = run("validate", pipe.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "parallax: “"
                + pipe
                + "” is a named pipe (FIFO), not an ordinary file; Parallax reads only files saved"
                + " on disk.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aDeviceIsRefusedBeforeAnyOfItIsRead() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");

    int code = run("validate", "/dev/zero");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("parallax: “/dev/zero” is a device, not an ordinary file");
  }

  @Test
  void anEscapeSequenceInTheFileNameIsPrintedAsAnEscape() {
    Path file = dir.resolve("evil\u001B]0;PWNED\u0007.parallax.json");

    int code = run("validate", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("evil\\x1B]0;PWNED\\x07.parallax.json")
        .doesNotContain("\u001B")
        .doesNotContain("\u0007");
  }
}
