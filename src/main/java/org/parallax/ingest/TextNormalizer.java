package org.parallax.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Canonical form of raw text: Unicode NFC, {@code \n} line endings, single spaces, and the split
 * into paragraphs at blank lines. Characters are otherwise kept (no ASCII folding).
 */
final class TextNormalizer {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\x0B\\f\\u00A0]*\\n\\s*");
  private static final Pattern LIST_LINE = Pattern.compile("^(?:[-*+•‣◦▪–]|\\d{1,3}[.)])\\s+\\S.*");

  private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f]\\h*|\\h{2,}");

  private TextNormalizer() {}

  /** NFC with {@code \n} line endings, no byte-order marks. */
  static String canonical(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u2028', '\n')
        .replace("\u2029", "\n\n")
        .replace('\u0085', '\n')
        .replace("\uFEFF", "");
  }

  /** Paragraphs of canonical text, exactly as written apart from surrounding blank space. */
  static List<String> blocks(String canonical) {
    List<String> blocks = new ArrayList<>();
    for (String block : BLANK_LINES.split(canonical)) {
      String stripped = block.strip();
      if (!stripped.isEmpty()) {
        blocks.add(stripped);
      }
    }
    return blocks;
  }

  /**
   * Paragraphs with tidy spacing: runs of spaces and tabs become one space, lines are trimmed, and
   * lines of one paragraph are joined with a space unless they are list items.
   */
  static List<String> paragraphs(String canonical) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : blocks(canonical)) {
      String[] lines = block.split("\\n");
      boolean list = lines.length > 1;
      List<String> tidy = new ArrayList<>();
      for (String line : lines) {
        String t = SPACES.matcher(line).replaceAll(" ").strip();
        if (!t.isEmpty()) {
          tidy.add(t);
          list &= LIST_LINE.matcher(t).matches();
        }
      }
      paragraphs.add(String.join(list ? "\n" : " ", tidy));
    }
    return paragraphs;
  }
}
