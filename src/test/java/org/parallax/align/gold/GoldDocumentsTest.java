package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;

class GoldDocumentsTest {

  private static final String TEXT =
      "The Bridge\n\nIt closed in August. Nobody crossed.\n\nWhat comes next\n\nTalks failed.\n";

  @Test
  void theTitleLineIsAHeadingAndTheDocumentTitle() {
    Document document = GoldDocuments.toDocument(TEXT);
    assertThat(document.blocks().get(0)).isEqualTo(new Block(BlockKind.HEADING, 0, 10));
    assertThat(document.metadata().title()).isEqualTo("The Bridge");
  }

  @Test
  void paragraphsAreBlocksSeparatedByBlankLines() {
    Document document = GoldDocuments.toDocument(TEXT);
    assertThat(document.blocks())
        .extracting(block -> document.slice(block.start(), block.end()))
        .containsExactly(
            "The Bridge",
            "It closed in August. Nobody crossed.",
            "What comes next",
            "Talks failed.");
  }

  @Test
  void aShortLineWithoutFinalPunctuationIsAHeading() {
    Document document = GoldDocuments.toDocument(TEXT);
    assertThat(document.blocks())
        .extracting(Block::kind)
        .containsExactly(
            BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
  }
}
