package org.parallax.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads saved times. The form Parallax writes ({@code 2026-11-25T09:30:00Z}, optionally with a
 * fraction) is parsed by hand, which is many times faster than the general parser and matters for
 * files with tens of thousands of tags; anything else goes through {@link Instant#parse}.
 */
final class Times {
  private Times() {}

  /** The instant, or null when the text is not a valid ISO-8601 UTC time. */
  static Instant parse(String text) {
    if (text.length() == 20 && text.charAt(19) == 'Z' && shapeOk(text)) {
      try {
        return LocalDateTime.of(
                number(text, 0, 4),
                number(text, 5, 7),
                number(text, 8, 10),
                number(text, 11, 13),
                number(text, 14, 16),
                number(text, 17, 19))
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        return null;
      }
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean shapeOk(String t) {
    for (int i = 0; i < 19; i++) {
      char c = t.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T';
            case 13, 16 -> c == ':';
            default -> c >= '0' && c <= '9';
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (t.charAt(i) - '0');
    }
    return n;
  }
}
