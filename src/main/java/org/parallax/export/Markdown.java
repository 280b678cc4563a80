package org.parallax.export;

/** Escaping for Markdown (CommonMark and GitHub tables). */
final class Markdown {
  private static final String SPECIAL = "\\`*_[]<>|&~#!";

  private Markdown() {}

  /**
   * {@code s} as literal text on one line: every character Markdown could read as markup gets a
   * backslash (pipes too, so the text stays in its table cell), and line breaks become spaces.
   */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
