package org.parallax.ingest;

import java.util.regex.Pattern;
import org.parallax.model.BlockKind;

/**
 * Decides what each remaining paragraph is. An editorial note opens with a label such as "Editorial
 * context:" or "Editor's note:". A heading is a short single line with no closing period, comma or
 * colon that starts with a capital and is followed by more text. Everything else is a paragraph.
 */
final class BlockClassifier {

  private static final Pattern EDITORIAL =
      Pattern.compile(
          "(?i)^(?:editorial (?:context|note|comment)|editor[’']?s[’']? note|note from the"
              + " editors?|publisher[’']?s note)\\s*[:.—–-]");
  private static final int HEADING_MAX_LENGTH = 120;
  private static final int HEADING_MAX_WORDS = 14;

  private BlockClassifier() {}

  /** The kind of paragraph {@code p}; {@code followed} says whether more text comes after it. */
  static BlockKind kindOf(Paragraph p, boolean followed) {
    if (EDITORIAL.matcher(p.text()).find()) {
      return BlockKind.EDITORIAL_NOTE;
    }
    if (followed && looksLikeHeading(p)) {
      return BlockKind.HEADING;
    }
    return BlockKind.PARAGRAPH;
  }

  /** Short single line, capitalised, with no closing period, comma, colon or semicolon. */
  static boolean looksLikeHeading(Paragraph p) {
    String text = p.text();
    if (!p.isSingleLine()
        || text.length() > HEADING_MAX_LENGTH
        || p.wordCount() > HEADING_MAX_WORDS
        || text.isEmpty()) {
      return false;
    }
    int first = text.codePointAt(0);
    char last = text.charAt(text.length() - 1);
    return (Character.isUpperCase(first) || Character.isDigit(first)) && ".,;:".indexOf(last) < 0;
  }
}
