package org.parallax.ingest;

/**
 * How much a PDF may make the reader do. A PDF is a program of sorts: a few megabytes can unpack to
 * gigabytes, hold millions of drawing commands or nest objects thousands deep. Past any of these
 * bounds Parallax stops and says which one the file went past.
 *
 * @param maxPages pages in the page tree
 * @param maxTreeDepth levels of the page tree (real files have a handful)
 * @param maxCharacters characters of extracted text in all
 * @param maxCharactersPerPage characters on one page (the reader holds a page's letters at once)
 * @param maxStreamBytes bytes one compressed stream may unpack to
 * @param maxDecodedBytes bytes all the streams together may unpack to
 * @param maxOperators drawing and text commands run, counting repeated forms each time
 * @param scratchBytes memory PDFBox may use for its own buffers
 * @param stackBytes stack of the thread that reads the PDF, so that nesting too deep for it fails
 *     the same way on every machine
 */
record PdfLimits(
    int maxPages,
    int maxTreeDepth,
    long maxCharacters,
    int maxCharactersPerPage,
    long maxStreamBytes,
    long maxDecodedBytes,
    long maxOperators,
    long scratchBytes,
    long stackBytes) {

  private static final long MB = 1024L * 1024;

  /** The bounds the app and the command line use. */
  static final PdfLimits DEFAULT =
      new PdfLimits(
          5_000,
          256,
          SourceReader.MAX_BYTES,
          200_000,
          64 * MB,
          256 * MB,
          20_000_000,
          64 * MB,
          4 * MB);
}
