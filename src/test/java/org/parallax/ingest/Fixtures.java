package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/** Small helpers for cleaning hand-written fixture texts. */
final class Fixtures {

  /** A body paragraph long enough to look like prose. */
  static final String BODY =
      "The council met on Tuesday and agreed to repair the old bridge before winter.";

  static final String MORE_BODY =
      "Residents had asked for the repair for years, and the vote was unanimous.";

  private Fixtures() {}

  static Document clean(String text) {
    return clean(text, DocumentMetadata.EMPTY);
  }

  static Document clean(String text, DocumentMetadata hints) {
    return new Cleaner().clean(new RawText(text, SourceFormat.PLAIN_TEXT, "fixture.txt", hints));
  }

  static DocumentMetadata authors(String... names) {
    return new DocumentMetadata("", List.of(names), "", "", "", "", List.of());
  }

  static DocumentMetadata title(String title) {
    return DocumentMetadata.EMPTY.withTitle(title);
  }

  /** The texts of the document's blocks in order. */
  static List<String> blockTexts(Document document) {
    return document.blocks().stream().map(b -> slice(document, b)).toList();
  }

  static String slice(Document document, Block block) {
    return document.slice(block.start(), block.end());
  }
}
