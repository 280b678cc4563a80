package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.Fixtures.BODY;
import static org.parallax.ingest.Fixtures.MORE_BODY;
import static org.parallax.ingest.Fixtures.clean;

import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;

class BlockKindsTest {

  @Test
  void aShortLineFollowedByTextIsAHeading() {
    Document d = clean(BODY + "\n\nWhy the bridge matters?\n\n" + MORE_BODY);
    assertThat(d.blocks())
        .extracting(Block::kind)
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
  }

  @Test
  void aShortLineEndingWithAFullStopIsAParagraph() {
    Document d = clean(BODY + "\n\nThe bridge matters.\n\n" + MORE_BODY);
    assertThat(d.blocks()).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
  }

  @Test
  void aShortLastLineIsNotAHeadingBecauseNothingFollows() {
    Document d = clean(BODY + "\n\nThe end?");
    assertThat(d.blocks())
        .extracting(Block::kind)
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
  }

  @Test
  void labelledEditorNotesAreEditorialNotes() {
    Document d =
        clean(
            "Editor’s note: this essay was first published in 2019.\n\n"
                + BODY
                + "\n\nEditorial comment — the figures were updated in May.");
    assertThat(d.blocks())
        .extracting(Block::kind)
        .containsExactly(BlockKind.EDITORIAL_NOTE, BlockKind.PARAGRAPH, BlockKind.EDITORIAL_NOTE);
  }
}
