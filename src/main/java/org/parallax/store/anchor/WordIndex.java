package org.parallax.store.anchor;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where each run of three consecutive words starts in a text: the index that lets re-anchoring look
 * for a quote only where its words are, instead of scanning the whole text for every tag. Words are
 * runs of letters and digits, compared without case. Built once per text in time {@code n log n}; a
 * lookup costs a binary search plus the positions it returns.
 */
final class WordIndex {

  /** Sorted keys: the trigram's hash in the high half, its start offset in the low half. */
  private final long[] keys;

  WordIndex(String text) {
    int[] words = words(text);
    int count = words.length / 2;
    long[] k = new long[Math.max(0, count - 2)];
    for (int i = 0; i + 2 < count; i++) {
      k[i] = (trigram(text, words, i) << 32) | words[2 * i];
    }
    Arrays.sort(k);
    this.keys = k;
  }

  /**
   * The start offsets in the text of the trigram of {@code quote} whose first word is its word
   * {@code i} ({@code words} as {@link #words} gives them), in text order; none if there are more
   * than {@code limit} of them (a run of common words says little about where a quote is).
   */
  int[] starts(String quote, int[] words, int i, int limit) {
    long hash = trigram(quote, words, i);
    int from = lowerBound(hash << 32);
    int to = lowerBound((hash + 1) << 32);
    if (to - from > limit) {
      return new int[0];
    }
    int[] starts = new int[to - from];
    for (int j = from; j < to; j++) {
      starts[j - from] = (int) keys[j];
    }
    return starts;
  }

  private int lowerBound(long key) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The words of {@code text} in order, flat: word {@code i} is {@code [w[2i], w[2i + 1])}. Plain
   * ints, so that the words of a 20 MB text take 25 MB rather than ten times that.
   */
  static int[] words(String text) {
    int[] w = new int[64];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (n + 2 > w.length) {
        w = Arrays.copyOf(w, w.length * 2);
      }
      w[n++] = start;
      w[n++] = i;
    }
    return Arrays.copyOf(w, n);
  }

  /** A 31-bit hash of words {@code i..i+2}, without case; never negative. */
  private static long trigram(String text, int[] words, int i) {
    int h = 17;
    for (int j = i; j < i + 3; j++) {
      h =
          h * 31
              + text.substring(words[2 * j], words[2 * j + 1]).toLowerCase(Locale.ROOT).hashCode();
    }
    return h & 0x7fffffffL;
  }
}
