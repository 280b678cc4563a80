package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;

class ImporterTest {

  @TempDir Path dir;

  private final Importer importer = new Importer();

  private static final String PAGE =
      "Home > Towns > Alpine > Bridge\n\nThe council agreed to repair the bridge.\n\nP.S.";

  @Test
  void importingAFileWithCleaningRemovesBoilerplate() throws Exception {
    Path file = Files.writeString(dir.resolve("bridge.txt"), PAGE, StandardCharsets.UTF_8);
    Document d = importer.importFile(file, true);
    assertThat(d.text()).isEqualTo("The council agreed to repair the bridge.");
    assertThat(d.removed()).hasSize(2);
  }

  @Test
  void importingWithoutCleaningKeepsEverything() throws Exception {
    Path file = Files.writeString(dir.resolve("bridge.txt"), PAGE, StandardCharsets.UTF_8);
    Document d = importer.importFile(file, false);
    assertThat(d.blocks()).hasSize(3);
    assertThat(d.removed()).isEmpty();
  }

  @Test
  void aDocumentWithoutATitleIsNamedAfterItsFile() throws Exception {
    Path file = Files.writeString(dir.resolve("bridge-report.txt"), PAGE, StandardCharsets.UTF_8);
    assertThat(importer.importFile(file, true).metadata().title()).isEqualTo("bridge-report");
  }

  @Test
  void pastedTextIsImported() throws Exception {
    Document d = importer.importText("The council agreed.\n\nThe bridge reopened.", true);
    assertThat(d.blocks()).hasSize(2);
    assertThat(d.metadata().title()).isEqualTo("Pasted text");
  }

  @Test
  void pastedTextThatIsAllBoilerplateIsRefused() {
    assertThatThrownBy(() -> importer.importText("Share this\n\nP.S.", true))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "Nothing was left of “Pasted text” after removing page clutter. Import it again with"
                + " cleaning switched off.");
  }

  @Test
  void aTextOfMoreWordsThanALongBookIsRefusedBeforeItIsCleanedWithAMessageNamingItsSize() {
    // every line is page clutter: cleaning first would say that nothing was left
    String text = "Share this\n\n".repeat(100_001); // 200,002 words, about 1 MB
    assertThatThrownBy(() -> importer.importText(text, true))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "“Pasted text” is too long to align: 200,002 words (about 1 MB of text); Parallax"
                + " aligns essays of up to 200,000 words, a long book.");
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsInAnyScript() {
    assertThat(WordLimit.count("Lachin–Berdzor road, 19 September; Ağdam’s \uD835\uDC00bc"))
        .isEqualTo(8); // "Ağdam’s" is two: Ağdam, s
  }
}
