package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain word tokens (runs of letters and digits) with their offsets, for phrase matching. */
final class Words {
  private Words() {}

  /** A word of some text: its lower-case form and its span {@code [start, end)}. */
  record Word(String lower, int start, int end) {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
    }
    return words;
  }

  /**
   * The lower-case forms of {@link #of}'s words, in text order, added to {@code out}: the same
   * words without their spans, for callers that read only the words.
   */
  static void lowerInto(String text, List<String> out) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < n && Character.isLetterOrDigit(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Where the first word of {@code text} at or after {@code from} begins and ends, as {@link #of}
   * would find it in {@code text.substring(from)} (offsets in {@code text}), or null if none.
   */
  static int[] firstFrom(String text, int from) {
    int i = from;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i >= n) {
      return null;
    }
    int start = i;
    while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return new int[] {start, i};
  }
}
