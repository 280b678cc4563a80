package org.parallax.model;

/** What a block of a document's cleaned text is. Only paragraphs hold claims by default. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  EDITORIAL_NOTE
}
