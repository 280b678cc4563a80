package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.RemovedPassage;
import org.parallax.model.Side;
import org.parallax.store.dto.BlockEntry;
import org.parallax.store.dto.DocumentEntry;
import org.parallax.store.dto.MetadataEntry;
import org.parallax.store.dto.RemovedEntry;

/** Reads one embedded document and checks its blocks fit its text. */
final class DocumentReader {
  private DocumentReader() {}

  /** A document as read, and whether its text no longer has the sha256 saved with it. */
  record Read(Document document, boolean textChanged) {}

  static Read read(DocumentEntry entry, Side side, String pointer) throws StoreException {
    Check.present(entry, pointer, "document " + side);
    String text = Check.present(entry.text(), pointer + "/text", "the text of document " + side);
    Check.present(entry.sha256(), pointer + "/sha256", "the sha256 of document " + side);
    List<Block> blocks = new ArrayList<>();
    List<BlockEntry> blockEntries =
        Check.optionalList(entry.blocks(), pointer + "/blocks", "the blocks of document " + side);
    boolean changed = textChanged(entry);
    if (changed) {
      // The saved blocks describe the text as it was; find its paragraphs again.
      blocks.addAll(paragraphs(text));
    } else {
      for (int i = 0; i < blockEntries.size(); i++) {
        blocks.add(block(blockEntries.get(i), text.length(), side, pointer + "/blocks/" + i));
      }
    }
    List<RemovedPassage> removed = new ArrayList<>();
    for (RemovedEntry r :
        Check.optionalList(entry.removed(), pointer + "/removed", "the removed passages")) {
      removed.add(new RemovedPassage(r.text(), r.reason()));
    }
    return new Read(
        new Document(text, blocks, metadata(entry.metadata(), pointer + "/metadata"), removed),
        changed);
  }

  /** Whether the text no longer has the sha256 saved with it (someone changed the text). */
  private static boolean textChanged(DocumentEntry entry) {
    return !Document.sha256Of(entry.text()).equalsIgnoreCase(entry.sha256());
  }

  /** Each run of lines between blank lines, without its outer white space, as a paragraph. */
  static List<Block> paragraphs(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = -1;
    int end = -1;
    int line = 0;
    while (line <= text.length()) {
      int newline = text.indexOf('\n', line);
      int lineEnd = newline < 0 ? text.length() : newline;
      int first = line;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      if (first == lineEnd) {
        if (start >= 0) {
          blocks.add(new Block(BlockKind.PARAGRAPH, start, end));
          start = -1;
        }
      } else {
        start = start < 0 ? first : start;
        end = lineEnd;
        while (Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
      }
      if (newline < 0) {
        break;
      }
      line = newline + 1;
    }
    if (start >= 0) {
      blocks.add(new Block(BlockKind.PARAGRAPH, start, end));
    }
    return blocks;
  }

  private static Block block(BlockEntry entry, int length, Side side, String pointer)
      throws StoreException {
    BlockKind kind = Check.choice(entry.kind(), BlockKind.class, null, pointer + "/kind", "kind");
    int start = Check.present(entry.start(), pointer + "/start", "the start of a block");
    int end = Check.present(entry.end(), pointer + "/end", "the end of a block");
    if (start < 0) {
      throw Check.at(
          pointer + "/start",
          "A block of document " + side + " starts at a negative offset (" + start + ")");
    }
    if (end < start) {
      throw Check.at(pointer, "A block of document " + side + " has a reversed span");
    }
    if (end > length) {
      throw Check.at(
          pointer + "/end",
          "A block of document "
              + side
              + " ends at "
              + end
              + ", past the end of its text ("
              + length
              + " characters)");
    }
    return new Block(kind, start, end);
  }

  private static DocumentMetadata metadata(MetadataEntry m, String pointer) throws StoreException {
    if (m == null) {
      return DocumentMetadata.EMPTY;
    }
    return new DocumentMetadata(
        m.title(),
        Check.optionalList(m.authors(), pointer + "/authors", "the authors"),
        m.perspective(),
        m.publisher(),
        m.date(),
        m.sourceUrl(),
        Check.optionalList(m.authorNotes(), pointer + "/authorNotes", "the author notes"));
  }
}
