package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.parallax.model.Block;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/** Whatever text comes in, cleaning yields a well-formed document. */
class CleanerPropertiesTest {

  private static RawText raw(String text) {
    return new RawText(text, SourceFormat.CLIPBOARD, "Pasted text", DocumentMetadata.EMPTY);
  }

  @Property(tries = 300)
  void cleanedBlocksAreNonEmptyAndJoinedByBlankLines(
      @ForAll
          @StringLength(max = 400)
          @Chars({'a', 'B', ' ', '\n', '.', '>', '[', ']', '(', ')', '#', 'é', 'ə', '“'})
          String text) {
    Document document = new Cleaner().clean(raw(text));
    StringBuilder joined = new StringBuilder();
    for (Block block : document.blocks()) {
      String slice = document.slice(block.start(), block.end());
      assertThat(slice).isNotBlank().doesNotContain("\n\n");
      joined.append(joined.length() == 0 ? "" : "\n\n").append(slice);
    }
    assertThat(joined.toString()).isEqualTo(document.text());
  }

  @Property(tries = 300)
  void keepingAsIsLosesNoVisibleCharacter(
      @ForAll
          @StringLength(max = 400)
          @Chars({'a', 'B', ' ', '\n', '\r', '.', '>', '[', ']', 'e', '\u0301'})
          String text) {
    Document document = new Cleaner().keepAsIs(raw(text));
    String expected = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s", "");
    assertThat(document.text().replaceAll("\\s", "")).isEqualTo(expected);
  }
}
