package org.parallax.cli;

/**
 * Text from files and file names made safe to print for a person: control characters (escape
 * sequences that recolour the terminal or rename its window, bells, backspaces, line breaks that
 * would forge a second message) and the Unicode controls that reverse the direction of text are
 * shown as visible escapes ({@code \x1B}, {@code \n}, {@code \u202E}) instead of being obeyed. JSON
 * output needs none of this: its encoder escapes control characters already.
 */
public final class Printable {
  private Printable() {}

  /** {@code text} with every control character written as an escape; null as "null". */
  public static String of(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(escape == null ? String.valueOf(c) : escape);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return String.format("\\x%02X", (int) c);
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
