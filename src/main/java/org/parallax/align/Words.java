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
    scan(
        text,
        0,
        (start, end) -> {
          words.add(new Word(text.substring(start, end).toLowerCase(Locale.ROOT), start, end));
          return true;
        });
    return words;
  }

  /**
   * The lower-case forms of {@link #of}'s words, in text order, added to {@code out}: the same
   * words without their spans, for callers that read only the words.
   */
  static void lowerInto(String text, List<String> out) {
    scan(
        text,
        0,
        (start, end) -> {
          out.add(text.substring(start, end).toLowerCase(Locale.ROOT));
          return true;
        });
  }

  /**
   * Where the first word of {@code text} at or after {@code from} begins and ends, as {@link #of}
   * would find it in {@code text.substring(from)} (offsets in {@code text}), or null if none.
   */
  static int[] firstFrom(String text, int from) {
    int[] first = new int[2];
    boolean found =
        !scan(
            text,
            from,
            (start, end) -> {
              first[0] = start;
              first[1] = end;
              return false;
            });
    return found ? first : null;
  }

  /** Takes one word's span; answers whether to go on to the next. */
  @FunctionalInterface
  private interface Span {
    boolean take(int start, int end);
  }

  /**
   * Hands {@code span} each word of {@code text} from {@code from} on, a run of letters and digits,
   * until it answers false; answers whether every word was taken.
   */
  private static boolean scan(String text, int from, Span span) {
    int i = from;
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
      if (!span.take(start, i)) {
        return false;
      }
    }
    return true;
  }
}
