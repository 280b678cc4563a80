package org.parallax.ingest;

/** Where a piece of raw text came from, which decides how it was decoded. */
public enum SourceFormat {
  /** A plain text file. */
  PLAIN_TEXT,
  /** A Markdown file; markup is reduced to text when it is read. */
  MARKDOWN,
  /** A saved web page; reduced to its article text when it is read. */
  HTML,
  /** A PDF with a text layer. */
  PDF,
  /** Text pasted by the user (plain text, or HTML if it starts with markup). */
  CLIPBOARD
}
