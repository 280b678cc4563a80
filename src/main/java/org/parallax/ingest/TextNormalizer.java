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

  /** How many paragraphs from the top may hold a byline on one of their lines. */
  private static final int BYLINE_TOP = 5;

  private TextNormalizer() {}

  /**
   * Where to split {@code block} to free a byline on its first or last line: the index of the line
   * break, or -1.
   */
  private static int bylineSplit(String block) {
    int first = block.indexOf('\n');
    if (first < 0) {
      return -1;
    }
    int last = block.lastIndexOf('\n');
    if (Byline.read(block.substring(0, first)).isPresent()) {
      return first;
    }
    return Byline.read(block.substring(last + 1)).isPresent() ? last : -1;
  }

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
   * lines of one paragraph are joined with a space unless they are list items. Near the top, a
   * byline on the first or last line of a paragraph ("Title⏎By Jane Doe", as text copied from a web
   * page often has it) becomes a paragraph of its own, so it is not read as part of the title.
   */
  static List<String> paragraphs(String canonical) {
    List<String> paragraphs = new ArrayList<>();
    List<String> blocks = blocks(canonical);
    for (int b = 0; b < blocks.size(); b++) {
      String block = blocks.get(b);
      if (b < BYLINE_TOP) {
        int split = bylineSplit(block);
        if (split > 0) {
          paragraphs.addAll(paragraphs(block.substring(0, split)));
          paragraphs.addAll(paragraphs(block.substring(split + 1)));
          continue;
        }
      }
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
