package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final StringWriter err = new StringWriter();
  private final TerminalProgress progress = new TerminalProgress(new PrintWriter(err));

  @Test
  void eachNewPercentRewritesOneLineAndDoneWipesIt() {
    progress.report(0.5, "Comparing meaning");
    progress.report(0.501, "Comparing meaning");
    progress.report(0.95, "Making suggestions");
    progress.done();

    String shown = err.toString();
    assertThat(shown).doesNotContain("\n");
    assertThat(shown.split("\r", -1))
        .containsExactly(
            "",
            "parallax: Comparing meaning 50%",
            "parallax: Making suggestions 95%",
            " ".repeat("parallax: Making suggestions 95%".length()),
            "");
  }
}
