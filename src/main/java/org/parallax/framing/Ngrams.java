package org.parallax.framing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one text and how often each occurs: every unigram, bigram and trigram inside a
 * phrase (n-grams never cross punctuation) that neither starts nor ends with a stop word or a
 * number. Stop words inside a term stay ("right of return"). Counts are occurrences in the whole
 * text. Each key keeps how often each spelling was met, for display.
 */
final class Ngrams {
  static final int LONGEST = 3;

  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

  static Ngrams of(List<List<Tokens.Token>> phrases) {
    Ngrams ngrams = new Ngrams();
    for (List<Tokens.Token> phrase : phrases) {
      for (int start = 0; start < phrase.size(); start++) {
        if (phrase.get(start).weak()) {
          continue;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        for (int end = start; end < Math.min(phrase.size(), start + LONGEST); end++) {
          Tokens.Token token = phrase.get(end);
          if (end > start) {
            key.append(' ');
            surface.append(' ');
          }
          key.append(token.key());
          surface.append(token.surface());
          if (!token.weak()) {
            ngrams.add(key.toString(), surface.toString());
          }
        }
      }
    }
    return ngrams;
  }

  private void add(String key, String surface) {
    counts.merge(key, 1, Integer::sum);
    spellings.computeIfAbsent(key, k -> new HashMap<>(2)).merge(surface, 1, Integer::sum);
  }

  Map<String, Integer> counts() {
    return counts;
  }

  /** How often each spelling of {@code key} was met. */
  Map<String, Integer> spellings(String key) {
    return spellings.getOrDefault(key, Map.of());
  }
}
