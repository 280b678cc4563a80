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
}
