package org.parallax.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of text longer than {@value #MAX_CHARS} characters (a "sentence" without any sentence
 * end, as in text pasted without punctuation) into pieces of at most that length, so that no claim
 * grows with the input and every later stage stays linear in it. A piece ends after the last clause
 * mark (comma, semicolon, colon, dash) followed by a space in the second half of the allowed
 * length, else at the last space there, else at the limit itself (never between the two halves of a
 * surrogate pair). Each cut looks back over at most {@value #MAX_CHARS} characters, so the whole
 * run costs time linear in its length.
 */
final class LongRunSplitter {

  /** The longest claim, in characters (about 300 words of English). */
  static final int MAX_CHARS = 2_000;

  /** The pieces of {@code run} in {@code text}: the run itself when it is short enough. */
  List<Span> pieces(String text, Span run) {
    if (run.end() - run.start() <= MAX_CHARS) {
      return List.of(run);
    }
    List<Span> pieces = new ArrayList<>();
    int from = run.start();
    while (run.end() - from > MAX_CHARS) {
      int cut = cut(text, from, from + MAX_CHARS);
      pieces.add(new Span(from, cut));
      from = cut;
    }
    pieces.add(new Span(from, run.end()));
    return pieces;
  }

  /** Where to end the piece that starts at {@code from} and may run to {@code limit}. */
  private static int cut(String text, int from, int limit) {
    int earliest = from + MAX_CHARS / 2;
    for (int i = limit - 1; i > earliest; i--) {
      if (Character.isWhitespace(text.charAt(i)) && isClauseMark(text.charAt(i - 1))) {
        return i;
      }
    }
    for (int i = limit - 1; i > earliest; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    boolean splitsPair =
        Character.isHighSurrogate(text.charAt(limit - 1))
            && Character.isLowSurrogate(text.charAt(limit));
    return splitsPair ? limit - 1 : limit;
  }

  private static boolean isClauseMark(char c) {
    return c == ',' || c == ';' || c == ':' || c == '—' || c == '–';
  }
}
