package org.parallax.align;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shared proper names, dates and numbers, with contested names from the equivalence lexicon counted
 * as one referent and names spelled the Azerbaijani and the English way as one name. Each shared
 * item weighs its inverse claim frequency, so "19 September" counts for more than "Azerbaijan"; the
 * score is the weighted overlap divided by the geometric mean of the claims' totals (a cosine over
 * sets).
 */
final class NamesSignal implements PairSignal {
  private final Corpus corpus;

  NamesSignal(Corpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public String name() {
    return Signals.NAMES;
  }

  @Override
  public double score(int a, int b) {
    List<String> ka = corpus.nameKeys(a);
    List<String> kb = corpus.nameKeys(b);
    if (ka.isEmpty() || kb.isEmpty()) {
      return 0;
    }
    double shared = 0;
    double totalA = 0;
    double totalB = 0;
    for (String key : ka) {
      double w = corpus.nameIdf(key);
      totalA += w * w;
      if (kb.contains(key)) {
        shared += w * w;
      }
    }
    for (String key : kb) {
      double w = corpus.nameIdf(key);
      totalB += w * w;
    }
    return totalA == 0 || totalB == 0 ? 0 : Math.min(1, shared / Math.sqrt(totalA * totalB));
  }

  @Override
  public void explain(int a, int b, Reasons reasons) {
    ClaimFeatures fa = corpus.features(a);
    ClaimFeatures fb = corpus.features(b);
    fa.dates().keySet().stream().filter(fb.dates()::containsKey).forEach(reasons::sameEvent);
    Map<String, String> namesB = new java.util.HashMap<>();
    fb.names()
        .forEach(
            (k, v) -> {
              String key = corpus.nameKey(k);
              if (key != null) {
                namesB.put(key, v);
              }
            });
    for (Map.Entry<String, String> name : fa.names().entrySet()) {
      String key = corpus.nameKey(name.getKey());
      String other = key == null ? null : namesB.get(key);
      if (other == null) {
        continue;
      }
      if (ClaimFeatures.isReferent(key)) {
        if (sameWords(name.getValue(), other)) {
          reasons.shared(name.getValue());
        } else {
          reasons.equivalent(name.getValue(), other);
        }
        continue;
      }
      String spelledA = wordKeyed(name.getValue(), key);
      String spelledB = wordKeyed(other, key);
      if (spelledA != null && spelledB != null && !sameWords(spelledA, spelledB)) {
        reasons.equivalent(spelledA, spelledB);
      } else {
        reasons.shared(name.getValue());
      }
    }
    fa.numbers().entrySet().stream()
        .filter(n -> fb.numbers().containsKey(n.getKey()))
        .forEach(n -> reasons.shared(n.getValue()));
  }

  /** The word of a name's surface whose {@link SpellingKey} is {@code key}, as written. */
  private static String wordKeyed(String surface, String key) {
    for (Words.Word word : Words.of(surface)) {
      if (SpellingKey.of(word.lower()).equals(key)) {
        return surface.substring(word.start(), word.end());
      }
    }
    return null;
  }

  private static boolean sameWords(String x, String y) {
    return x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
  }
}
