package org.parallax.ingest;

/**
 * One paragraph while a text is being cleaned.
 *
 * @param origin its position among the paragraphs of the raw text, so removals can be listed in
 *     reading order
 * @param text its current text
 */
record Paragraph(int origin, String text) {

  Paragraph withText(String newText) {
    return new Paragraph(origin, newText);
  }

  boolean isSingleLine() {
    return text.indexOf('\n') < 0;
  }

  int wordCount() {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
