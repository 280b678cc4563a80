package org.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over claims, with Lucene's formula and defaults ({@code BM25Similarity}: k1 = 1.2, b =
 * 0.75, idf = ln(1 + (N − df + 0.5) / (df + 0.5)), tf weight = tf / (tf + k1·(1 − b +
 * b·dl/avgdl))). The collection is the claims of both documents, so a word common to both essays
 * weighs little. Scores are made comparable across claims by dividing by the query's score against
 * itself, and symmetric by averaging both directions. Also serves as an inverted index for finding
 * candidate partners without scoring every pair.
 */
final class Bm25 {
  static final double K1 = 1.2;
  static final double B = 0.75;

  private final List<Map<String, Integer>> docs = new ArrayList<>();
  private final Map<String, Integer> df = new HashMap<>();
  private final double avgLength;
  private final int[] lengths;
  private final double[] selfScore;

  /**
   * @param claims the term lists of all claims of both sides
   */
  Bm25(List<List<String>> claims) {
    long total = 0;
    for (List<String> terms : claims) {
      Map<String, Integer> tf = new LinkedHashMap<>();
      terms.forEach(t -> tf.merge(t, 1, Integer::sum));
      docs.add(tf);
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      total += terms.size();
    }
    avgLength = claims.isEmpty() ? 1 : Math.max(1, (double) total / claims.size());
    lengths = claims.stream().mapToInt(List::size).toArray();
    selfScore = new double[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      selfScore[i] = raw(i, i);
    }
  }

  double idf(String term) {
    int n = df.getOrDefault(term, 0);
    return Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
  }

  /** Lucene's BM25 score of claim {@code query} as a query against claim {@code doc}. */
  double raw(int query, int doc) {
    Map<String, Integer> d = docs.get(doc);
    double norm = K1 * (1 - B + B * lengths[doc] / avgLength);
    double score = 0;
    for (String term : docs.get(query).keySet()) {
      Integer tf = d.get(term);
      if (tf != null) {
        score += idf(term) * tf / (tf + norm);
      }
    }
    return score;
  }

  /** Symmetric similarity in [0, 1]: each direction divided by the query's self-score. */
  double similarity(int x, int y) {
    return (normalised(x, y) + normalised(y, x)) / 2;
  }

  private double normalised(int query, int doc) {
    return selfScore[query] <= 0 ? 0 : Math.min(1, raw(query, doc) / selfScore[query]);
  }

  /** The terms of claim {@code i}, each once. */
  Iterable<String> termsOf(int i) {
    return docs.get(i).keySet();
  }

  /** Whether claim {@code i} has term {@code term}. */
  boolean has(int i, String term) {
    return docs.get(i).containsKey(term);
  }
}
