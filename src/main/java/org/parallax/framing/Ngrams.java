package org.parallax.framing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of one text and how often each occurs: every unigram, bigram and trigram inside a
 * phrase (n-grams never cross punctuation) that neither starts nor ends with a stop word or a
 * number. Stop words inside a term stay ("right of return"). Counts are occurrences in the whole
 * text. The spellings of a few chosen terms are counted in a second pass, for display.
 */
final class Ngrams {
  static final int LONGEST = 3;

  private Ngrams() {}

  /** What to do with each term met: its key and, when asked for, its spelling. */
  private interface Visitor {
    void term(String key, int start, int end, List<Tokens.Token> phrase);
  }

  /** How often each term occurs in {@code phrases}. */
  static Map<String, Integer> counts(List<List<Tokens.Token>> phrases) {
    Map<String, Integer> counts = new HashMap<>();
    visit(phrases, (key, start, end, phrase) -> counts.merge(key, 1, Integer::sum));
    return counts;
  }

  /**
   * How often each spelling of each of {@code keys} occurs in {@code phrases}; adds to {@code
   * into}.
   */
  static void spellings(
      List<List<Tokens.Token>> phrases, Set<String> keys, Map<String, Map<String, Integer>> into) {
    visit(
        phrases,
        (key, start, end, phrase) -> {
          if (keys.contains(key)) {
            StringBuilder surface = new StringBuilder();
            for (int i = start; i <= end; i++) {
              if (i > start) {
                surface.append(' ');
              }
              surface.append(phrase.get(i).surface());
            }
            into.computeIfAbsent(key, k -> new HashMap<>(2))
                .merge(surface.toString(), 1, Integer::sum);
          }
        });
  }

  private static void visit(List<List<Tokens.Token>> phrases, Visitor visitor) {
    StringBuilder key = new StringBuilder();
    for (List<Tokens.Token> phrase : phrases) {
      for (int start = 0; start < phrase.size(); start++) {
        if (phrase.get(start).weak()) {
          continue;
        }
        key.setLength(0);
        for (int end = start; end < Math.min(phrase.size(), start + LONGEST); end++) {
          Tokens.Token token = phrase.get(end);
          if (end > start) {
            key.append(' ');
          }
          key.append(token.key());
          if (!token.weak()) {
            visitor.term(key.toString(), start, end, phrase);
          }
        }
      }
    }
  }
}
