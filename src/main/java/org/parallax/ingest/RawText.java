package org.parallax.ingest;

import org.parallax.model.DocumentMetadata;

/**
 * Decoded text of one source before boilerplate cleaning.
 *
 * @param text the decoded text; HTML is already reduced to its article text and PDF to its
 *     extracted text, paragraphs separated by blank lines
 * @param format the kind of source it came from
 * @param sourceName a name to show for the source, such as the file name
 * @param hints metadata found in the source itself (page title, author meta tags, a manifest)
 */
public record RawText(String text, SourceFormat format, String sourceName, DocumentMetadata hints) {

  public RawText {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    if (format == null) {
      throw new IllegalArgumentException("format is required");
    }
    sourceName = sourceName == null ? "" : sourceName;
    hints = hints == null ? DocumentMetadata.EMPTY : hints;
  }
}
