package org.parallax.export;

import java.util.regex.Pattern;

/** Escaping for HTML text and attribute values, and the few checks on values put into CSS. */
final class Html {
  private static final Pattern CSS_COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  private Html() {}

  /** {@code s} with {@code & < > " '} escaped, safe in text and in quoted attribute values. */
  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** Appends {@code s.substring(from, to)} to {@code out}, escaped as {@link #escape} does. */
  static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** {@code colour} when it is a plain hex colour, else grey: codebook colours come from files. */
  static String colour(String colour) {
    return colour != null && CSS_COLOUR.matcher(colour).matches() ? colour : "#9e9e9e";
  }
}
