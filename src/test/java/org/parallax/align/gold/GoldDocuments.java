package org.parallax.align.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/**
 * Turns a gold essay (a title line, then paragraphs separated by blank lines) into a {@link
 * Document}. The first block is the title and becomes a {@link BlockKind#HEADING}, as does any
 * later single-line block that does not end like a sentence; every other block is a paragraph.
 */
public final class GoldDocuments {

  private static final Pattern BLOCK = Pattern.compile("\\S(?:.*\\S)?(?:\\n(?!\\s*\\n).*\\S)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d]?$");

  private GoldDocuments() {}

  /** The document of {@code text}, its title as metadata and as a heading block. */
  public static Document toDocument(String text) {
    List<Block> blocks = new ArrayList<>();
    String title = "";
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      String body = matcher.group();
      boolean first = blocks.isEmpty();
      boolean heading = first || (!body.contains("\n") && !SENTENCE_END.matcher(body).find());
      if (first) {
        title = body;
      }
      blocks.add(
          new Block(
              heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, matcher.start(), matcher.end()));
    }
    return new Document(text, blocks, DocumentMetadata.EMPTY.withTitle(title), List.of());
  }
}
