package org.parallax.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One essay as Parallax reads it: cleaned text (NFC), the blocks it is made of, metadata, and what
 * cleaning removed. The text never changes once a document exists; its sha256 identifies it.
 *
 * @param text the cleaned body text; blocks are separated by blank lines
 * @param blocks paragraphs, headings and editorial notes in text order, as spans of {@code text}
 * @param metadata title, authors, perspective and source
 * @param removed what cleaning took out of the raw input, in order of appearance
 */
public record Document(
    String text, List<Block> blocks, DocumentMetadata metadata, List<RemovedPassage> removed) {

  public Document {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
    removed = removed == null ? List.of() : List.copyOf(removed);
    for (Block block : blocks) {
      if (block.end() > text.length()) {
        throw new IllegalArgumentException(
            "block [" + block.start() + ", " + block.end() + ") is past the end of the text");
      }
    }
  }

  /** The text of {@code [start, end)}. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** Hex sha256 of the UTF-8 bytes of the cleaned text. */
  public String sha256() {
    return sha256Of(text);
  }

  public Document withMetadata(DocumentMetadata newMetadata) {
    return new Document(text, blocks, newMetadata, removed);
  }

  /** Hex sha256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Of(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
