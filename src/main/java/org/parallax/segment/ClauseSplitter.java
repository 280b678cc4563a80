package org.parallax.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into two claims where it clearly asserts two things: at a semicolon, or before a
 * contrasting clause introduced by {@code ", while"} or {@code ", whereas"}. Conservative by
 * design: it never cuts inside brackets or quotes, and both halves must be at least {@value
 * #MIN_WORDS} words long, so "X; Y" lists and short asides stay whole. A sentence that starts with
 * "While" is one claim (the contrast is subordinate there).
 */
final class ClauseSplitter {

  static final int MIN_WORDS = 4;

  private static final Pattern CUT = Pattern.compile(";\\s+|,\\s+(?=(?:while|whereas)\\s)");

  /** The claims of one sentence, in order; the sentence itself if there is no clear cut. */
  List<Span> clauses(String text, Span sentence) {
    String s = text.substring(sentence.start(), sentence.end());
    boolean[] nested = nesting(s);
    List<Span> parts = new ArrayList<>();
    int from = 0;
    Matcher matcher = CUT.matcher(s);
    while (matcher.find()) {
      int cut = matcher.start();
      if (nested[cut]) {
        continue;
      }
      int firstEnd = s.charAt(cut) == ';' ? cut + 1 : cut;
      int nextStart = matcher.end();
      if (words(s, from, firstEnd) >= MIN_WORDS && words(s, nextStart, s.length()) >= MIN_WORDS) {
        parts.add(new Span(sentence.start() + from, sentence.start() + firstEnd));
        from = nextStart;
      }
    }
    parts.add(new Span(sentence.start() + from, sentence.end()));
    return parts;
  }

  /** For each offset of {@code s}, whether it lies inside brackets or quotation marks. */
  private static boolean[] nesting(String s) {
    boolean[] nested = new boolean[s.length() + 1];
    int brackets = 0;
    boolean straightQuote = false;
    int curlyQuotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '(', '[' -> brackets++;
        case ')', ']' -> brackets = Math.max(0, brackets - 1);
        case '“' -> curlyQuotes++;
        case '”' -> curlyQuotes = Math.max(0, curlyQuotes - 1);
        case '"' -> straightQuote = !straightQuote;
        default -> {}
      }
      nested[i] = brackets > 0 || curlyQuotes > 0 || straightQuote;
    }
    return nested;
  }

  private static int words(String s, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
