package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @TempDir Path dir;

  @Test
  void subcommandsAndOptionsGoToTheCommandLine() {
    assertThat(Launcher.isCommandLine(new String[] {"align", "a.txt", "b.txt"})).isTrue();
    assertThat(Launcher.isCommandLine(new String[] {"--help"})).isTrue();
    assertThat(Launcher.isCommandLine(new String[] {"essay.txt"})).isFalse();
    assertThat(Launcher.isCommandLine(new String[] {})).isFalse();
  }

  @Test
  void filesThatExistOpenInTheWindow() throws IOException {
    Path essay = Files.writeString(dir.resolve("essay.txt"), "The ford was closed.");

    assertThat(Launcher.refusal(new String[] {essay.toString()})).isEmpty();
    assertThat(Launcher.refusal(new String[] {})).isEmpty();
  }

  @Test
  void aMistypedCommandIsRefusedWithTheCommandsThatExist() throws IOException {
    Path essay = Files.writeString(dir.resolve("essay.txt"), "The ford was closed.");

    assertThat(Launcher.refusal(new String[] {"aling", essay.toString()}))
        .hasValue(
            "parallax: aling is neither a command (align, validate, export, agree, terms) nor a file to open in the"
                + " window; see parallax --help");
  }

  @Test
  void aMissingScreenIsSaidPlainlyAndOtherFailuresGiveTheirCause() {
    assertThat(Launcher.windowFailure(new UnsupportedOperationException("Unable to open DISPLAY")))
        .isEqualTo(
            "parallax: the window cannot open here (Unable to open DISPLAY); the command line"
                + " works without a screen, see parallax --help");
    assertThat(
            Launcher.windowFailure(
                new RuntimeException(
                    "Exception in Application start method",
                    new IllegalStateException("the seed essay is missing"))))
        .isEqualTo("parallax: the window could not start: the seed essay is missing");
  }
}
