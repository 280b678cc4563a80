package org.parallax.ingest;

/**
 * Thrown from inside the PDF library when a file goes past one of {@link PdfLimits}; unchecked so
 * that the library's own handling of damaged content (which catches {@code IOException}) lets it
 * through. Its message is a sentence for the reader.
 */
final class PdfLimitReached extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PdfLimitReached(String message) {
    super(message, null, false, false);
  }
}
