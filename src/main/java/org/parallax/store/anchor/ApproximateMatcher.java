package org.parallax.store.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where a pattern occurs in a text with at most {@code k} edits (insertions, deletions,
 * substitutions). Sellers' dynamic programme with Ukkonen's cut-off, so a search costs about {@code
 * k} steps per text character rather than one per pattern character.
 */
final class ApproximateMatcher {

  /** A match {@code [start, end)} with its edit count. */
  record Match(int start, int end, int errors) {}

  private ApproximateMatcher() {}

  /** The best match ending in each run of nearby end positions, at most {@code limit} of them. */
  static List<Match> search(String text, String pattern, int k, int limit) {
    return search(text, pattern, k, limit, limit);
  }

  /**
   * As {@link #search(String, String, int, int)}, but only the {@code keep} ends with the fewest
   * errors (the earlier of equals) get their start found, which costs about the pattern's length
   * squared each.
   */
  static List<Match> search(String text, String pattern, int k, int limit, int keep) {
    List<int[]> ends = endPositions(text, pattern, k, limit);
    if (ends.size() > keep) {
      List<int[]> fewest = new ArrayList<>(ends);
      fewest.sort(Comparator.comparingInt((int[] e) -> e[1]).thenComparingInt(e -> e[0]));
      ends = new ArrayList<>(fewest.subList(0, keep));
      ends.sort(Comparator.comparingInt((int[] e) -> e[0]));
    }
    List<Match> matches = new ArrayList<>(ends.size());
    for (int[] end : ends) {
      matches.add(new Match(bestStart(text, pattern, end[0], k), end[0], end[1]));
    }
    return matches;
  }

  /** Pairs {end, errors}, keeping the best end of each run of adjacent ends. */
  private static List<int[]> endPositions(String text, String pattern, int k, int limit) {
    int m = pattern.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      prev[i] = i;
    }
    int top = Math.min(k, m);
    List<int[]> ends = new ArrayList<>();
    for (int j = 0; j < text.length() && ends.size() < limit; j++) {
      char c = text.charAt(j);
      cur[0] = 0;
      int rows = Math.min(top + 1, m);
      for (int i = 1; i <= rows; i++) {
        int diag = prev[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
        int up = (i <= top ? prev[i] : k + 1) + 1;
        cur[i] = Math.min(diag, Math.min(up, cur[i - 1] + 1));
      }
      top = rows;
      while (top > 0 && cur[top] > k) {
        top--;
      }
      if (top == m) {
        keepBestOfRun(ends, j + 1, cur[m]);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return ends;
  }

  private static void keepBestOfRun(List<int[]> ends, int end, int errors) {
    if (!ends.isEmpty()) {
      int[] last = ends.get(ends.size() - 1);
      if (last[0] == end - 1 || last[0] == end) {
        if (errors < last[1]) {
          last[0] = end;
          last[1] = errors;
        }
        return;
      }
    }
    ends.add(new int[] {end, errors});
  }

  /** The start of the closest match ending exactly at {@code end}. */
  private static int bestStart(String text, String pattern, int end, int k) {
    int m = pattern.length();
    int maxLength = Math.min(end, m + k);
    int[] column = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      column[i] = i;
    }
    int bestLength = 0;
    int best = column[m];
    for (int l = 1; l <= maxLength; l++) {
      char c = text.charAt(end - l);
      int diagonal = column[0];
      column[0] = l;
      for (int i = 1; i <= m; i++) {
        int above = column[i];
        int cost = pattern.charAt(m - i) == c ? 0 : 1;
        column[i] = Math.min(diagonal + cost, Math.min(above + 1, column[i - 1] + 1));
        diagonal = above;
      }
      if (column[m] < best || (column[m] == best && Math.abs(l - m) < Math.abs(bestLength - m))) {
        best = column[m];
        bestLength = l;
      }
    }
    return end - bestLength;
  }

  /** Levenshtein distance between {@code a} and {@code b}. */
  static int distance(CharSequence a, CharSequence b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(diagonal + cost, Math.min(above + 1, row[j - 1] + 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
