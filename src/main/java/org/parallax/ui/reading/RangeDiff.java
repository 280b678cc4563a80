package org.parallax.ui.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two lists of styled ranges for the same text can style it differently, found from the
 * ranges themselves rather than by flattening a book-length text into style runs twice and
 * comparing those.
 *
 * <p>The lists are compared as produced: their longest common start and end are set aside, and the
 * window is the stretch of text the remaining ranges (of either list) cover. Every character
 * outside it is covered by set-aside ranges only, the same in both lists, so it is styled alike.
 */
final class RangeDiff {
  private RangeDiff() {}

  /** A stretch {@code [from, to)} of the text. */
  record Window(int from, int to) {
    int length() {
      return to - from;
    }
  }

  /**
   * The stretch outside which {@code before} and {@code after} style every character alike, or null
   * when the lists are equal.
   */
  static Window changed(List<StyledRange> before, List<StyledRange> after) {
    int n = before.size();
    int m = after.size();
    int head = 0;
    while (head < n && head < m && before.get(head).equals(after.get(head))) {
      head++;
    }
    if (head == n && head == m) {
      return null;
    }
    int tail = 0;
    while (tail < n - head
        && tail < m - head
        && before.get(n - 1 - tail).equals(after.get(m - 1 - tail))) {
      tail++;
    }
    int from = Integer.MAX_VALUE;
    int to = Integer.MIN_VALUE;
    for (StyledRange r : before.subList(head, n - tail)) {
      from = Math.min(from, r.start());
      to = Math.max(to, r.end());
    }
    for (StyledRange r : after.subList(head, m - tail)) {
      from = Math.min(from, r.start());
      to = Math.max(to, r.end());
    }
    return new Window(from, Math.max(from, to));
  }

  /**
   * The ranges that reach into {@code window}, cut to it and counted from its start, in their
   * order: styling these over the window's length gives the window's part of styling them all.
   */
  static List<StyledRange> within(List<StyledRange> ranges, Window window) {
    List<StyledRange> inside = new ArrayList<>();
    for (StyledRange r : ranges) {
      if (r.end() > window.from() && r.start() < window.to()) {
        inside.add(
            new StyledRange(
                Math.max(r.start(), window.from()) - window.from(),
                Math.min(r.end(), window.to()) - window.from(),
                r.styleClass()));
      }
    }
    return inside;
  }
}
