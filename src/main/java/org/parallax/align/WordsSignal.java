package org.parallax.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * BM25 similarity of the claims' stemmed content words (see {@link Bm25}). Explains itself by the
 * rarest words both claims use, joining neighbouring shared words into phrases ("Lachin road").
 */
final class WordsSignal implements PairSignal {
  private static final int MAX_WORDS = 4;

  /** Words common enough to fall below this idf explain nothing ("will", "said"). */
  private static final double MIN_IDF = 1.5;

  private final Corpus corpus;

  WordsSignal(Corpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public String name() {
    return Signals.WORDS;
  }

  @Override
  public double score(int a, int b) {
    return corpus.bm25().similarity(a, b);
  }

  @Override
  public void explain(int a, int b, Reasons reasons) {
    ClaimFeatures fa = corpus.features(a);
    Bm25 bm25 = corpus.bm25();
    List<String> phrases = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<String> terms = fa.terms();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      if (ClaimFeatures.isReferent(term) || !bm25.has(b, term) || inDateOrNumber(fa, term)) {
        continue;
      }
      StringBuilder phrase = new StringBuilder(fa.surfaces().get(term));
      StringBuilder shown = new StringBuilder(asCommonWord(term, fa, corpus.features(b)));
      double weight = bm25.idf(term);
      while (i + 1 < terms.size()
          && !ClaimFeatures.isReferent(terms.get(i + 1))
          && bm25.has(b, terms.get(i + 1))
          && !inDateOrNumber(fa, terms.get(i + 1))
          && fa.text().contains(phrase + " " + fa.surfaces().get(terms.get(i + 1)))) {
        i++;
        phrase.append(' ').append(fa.surfaces().get(terms.get(i)));
        shown.append(' ').append(fa.surfaces().get(terms.get(i)));
        weight += bm25.idf(terms.get(i));
      }
      if (weight >= MIN_IDF && !phrases.contains(shown.toString())) {
        phrases.add(shown.toString());
        weights.add(weight);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> -weights.get(i)));
    order.stream().limit(MAX_WORDS).forEach(i -> reasons.shared(phrases.get(i)));
  }

  /**
   * How A writes {@code term}, in lower case when only A's sentence start capitalised it and B
   * writes it in lower case ("Many" opening A, "many" inside B): a reason says "many".
   */
  private static String asCommonWord(String term, ClaimFeatures a, ClaimFeatures b) {
    String mine = a.surfaces().get(term);
    String theirs = b.surfaces().get(term);
    boolean capitalised =
        Character.isUpperCase(mine.charAt(0))
            && mine.substring(1).equals(mine.substring(1).toLowerCase(Locale.ROOT));
    if (capitalised && theirs != null && Character.isLowerCase(theirs.charAt(0))) {
      return mine.toLowerCase(Locale.ROOT);
    }
    return mine;
  }

  /** Dates and numbers are explained by the names signal, not as words. */
  private static boolean inDateOrNumber(ClaimFeatures f, String term) {
    String surface = f.surfaces().get(term);
    return f.dates().values().stream().anyMatch(d -> d.contains(surface))
        || f.numbers().values().stream().anyMatch(n -> n.contains(surface));
  }
}
