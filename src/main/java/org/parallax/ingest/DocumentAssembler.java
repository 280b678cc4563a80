package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.RemovedPassage;

/** Joins blocks with blank lines into a {@link Document}, recording each block's span. */
final class DocumentAssembler {

  static final String SEPARATOR = "\n\n";

  private DocumentAssembler() {}

  static Document assemble(
      List<String> texts,
      List<BlockKind> kinds,
      DocumentMetadata metadata,
      List<RemovedPassage> removed) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        text.append(SEPARATOR);
      }
      int start = text.length();
      text.append(texts.get(i));
      blocks.add(new Block(kinds.get(i), start, text.length()));
    }
    return new Document(text.toString(), blocks, metadata, removed);
  }
}
