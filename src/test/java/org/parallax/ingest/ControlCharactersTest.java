package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;

/** Control characters never reach an essay's text, and the cleaning report says they were taken. */
class ControlCharactersTest {
  private static final String HOSTILE =
      "The convoy \u001B[31mleft\u001B[0m at dawn.\u0007 The ab\u0008\u0008XY road \u001B]0;PWNED\u0007"
          + "was closed.\n\nA second paragraph.";

  @Test
  void terminalCodesAndControlCharactersAreTakenOutOfACleanedEssay() throws ImportException {
    Document document = new Importer().importText(HOSTILE, true);

    assertThat(document.text())
        .isEqualTo("The convoy left at dawn. The abXY road was closed.\n\nA second paragraph.");
    assertThat(document.removed())
        .contains(
            new RemovedPassage(
                "3 terminal codes and 3 control characters (invisible in text)",
                "control characters"));
  }

  @Test
  void theyAreTakenOutAndReportedWithCleaningSwitchedOffToo() throws ImportException {
    Document document = new Importer().importText(HOSTILE, false);

    assertThat(document.text()).doesNotContainPattern("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    assertThat(document.removed())
        .extracting(RemovedPassage::reason)
        .containsExactly("control characters");
  }

  @Test
  void textWithoutControlCharactersReportsNothing() throws ImportException {
    Document document =
        new Importer().importText("Tabs\tand\u000Cpage breaks are white space.", false);

    assertThat(document.removed()).isEmpty();
  }
}
