package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HelpTest {

  private String help(String... args) {
    StringWriter out = new StringWriter();
    int code = ParallaxCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    assertThat(code).isZero();
    return out.toString();
  }

  @Test
  void helpSaysThatFileNamesAloneOpenTheWindow() {
    assertThat(help("--help")).contains("parallax FILE... (no command) opens the window");
    assertThat(help("align", "--help")).contains("parallax FILE... (no command) opens the window");
  }

  @Test
  void helpListsEveryExitStatus() {
    for (String text : new String[] {help("--help"), help("align", "--help")}) {
      assertThat(text)
          .contains("Exit status:")
          .containsPattern("\\b0\\s+the command did its work")
          .containsPattern("\\b1\\s+good input could not be handled")
          .containsPattern("\\b2\\s+bad input or usage")
          .containsPattern("141\\s+the reader of the output stopped early");
    }
  }
}
