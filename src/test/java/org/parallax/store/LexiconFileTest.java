package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFileTest {
  @TempDir Path folder;

  @Test
  void aWrittenLexiconIsReadBackWithoutItsByteOrderMark() throws Exception {
    Path file = folder.resolve("lexicon.tsv");
    LexiconFile.write(file, "Xankəndi\tStepanakert\n");
    assertThat(LexiconFile.read(file)).isEqualTo("Xankəndi\tStepanakert\n");

    Files.write(file, "\uFEFFŞuşa\tShushi\n".getBytes(StandardCharsets.UTF_8));
    assertThat(LexiconFile.read(file)).isEqualTo("Şuşa\tShushi\n");
  }

  @Test
  void aBinaryFileIsRefusedWithASentence() throws IOException {
    Path file = folder.resolve("picture.tsv");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

    assertThatThrownBy(() -> LexiconFile.read(file))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("“picture.tsv” is not a text file");
  }

  @Test
  void textInAnotherEncodingIsRefusedAndToldToBeSavedAsUtf8() throws IOException {
    Path file = folder.resolve("latin1.txt");
    Files.write(file, new byte[] {'S', (byte) 0xE9, 'v', 'r', 'e', '\t', 'x'});

    assertThatThrownBy(() -> LexiconFile.read(file))
        .isInstanceOf(StoreException.class)
        .hasMessage("“latin1.txt” is not UTF-8 text; save it as UTF-8 and import it again.");
  }

  @Test
  void aFileOverTheLimitIsRefusedUnread() throws IOException {
    Path file = folder.resolve("huge.tsv");
    Files.write(file, new byte[EquivalenceFile.MAX_BYTES + 1]);

    assertThatThrownBy(() -> LexiconFile.read(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("for lexicon files")
        .hasMessageEndingWith("Nothing was imported.");
  }
}
