package org.parallax.tagging;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** New ids that do not clash with any id in use or reserved (for example by orphans of a file). */
final class Ids {
  private static final Pattern NUMBERED = Pattern.compile("([A-Za-z]+)(\\d+)");

  private Ids() {}

  /** {@code prefix} followed by one more than the highest number used after it ({@code L8}). */
  static String next(String prefix, Collection<String> used, Set<String> reserved) {
    long max = Math.max(highest(prefix, used), highest(prefix, reserved));
    return prefix + (max + 1);
  }

  /**
   * An id made from {@code base} for a piece split off it: {@code A4b}, else {@code A4c}, … and
   * finally {@code A4-2}, {@code A4-3}, ….
   */
  static String derived(String base, Collection<String> used, Set<String> reserved) {
    for (char letter = 'b'; letter <= 'z'; letter++) {
      String id = base + letter;
      if (!used.contains(id) && !reserved.contains(id)) {
        return id;
      }
    }
    for (int n = 2; ; n++) {
      String id = base + "-" + n;
      if (!used.contains(id) && !reserved.contains(id)) {
        return id;
      }
    }
  }

  private static long highest(String prefix, Collection<String> ids) {
    long max = 0;
    for (String id : ids) {
      Matcher m = NUMBERED.matcher(id);
      if (m.matches() && m.group(1).equals(prefix) && m.group(2).length() < 18) {
        max = Math.max(max, Long.parseLong(m.group(2)));
      }
    }
    return max;
  }
}
