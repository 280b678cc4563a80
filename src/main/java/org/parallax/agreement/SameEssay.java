package org.parallax.agreement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two texts are versions of the same essay: a corrected copy (a typo fixed, a paragraph
 * moved, a line added) keeps most of its words, another essay does not. The measure is the Dice
 * coefficient of the two texts' words counted with repetition, case folded: twice the words they
 * share over the words of both. Versions of one essay score near 1, two essays on the same event
 * well under one half.
 */
final class SameEssay {
  /** The least share of words two versions of one essay have in common. */
  static final double THRESHOLD = 0.5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SameEssay() {}

  static boolean versionsOfOne(String x, String y) {
    return similarity(x, y) >= THRESHOLD;
  }

  /** The Dice coefficient of the word multisets of {@code x} and {@code y}, 0 to 1. */
  static double similarity(String x, String y) {
    Map<String, Integer> left = words(x);
    Map<String, Integer> right = words(y);
    long total = count(left) + count(right);
    if (total == 0) {
      return 1;
    }
    long shared = 0;
    for (Map.Entry<String, Integer> e : left.entrySet()) {
      shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * shared / total;
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return counts;
  }

  private static long count(Map<String, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
