package org.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of both sides prepared for scoring: features, BM25 statistics, how many claims mention
 * each name, and (when available) embeddings. Side A's claims come first (indices {@code 0 …
 * sizeA-1}), then side B's. Read-only after construction, so signals may use it from several
 * threads.
 */
final class Corpus {
  private final List<ClaimFeatures> features;
  private final int sizeA;
  private final Bm25 bm25;
  private final Map<String, Integer> nameCounts = new HashMap<>();
  private final float[][] vectors;
  private final java.util.Set<String> namesInside = new java.util.HashSet<>();
  private final List<List<String>> keys;

  /**
   * @param a features of side A's claims in order
   * @param b features of side B's claims in order
   * @param vectors unit embeddings of A's then B's claims, or null when meaning is unavailable
   */
  Corpus(List<ClaimFeatures> a, List<ClaimFeatures> b, float[][] vectors) {
    features = new ArrayList<>(a);
    features.addAll(b);
    sizeA = a.size();
    this.vectors = vectors;
    bm25 = new Bm25(features.stream().map(ClaimFeatures::terms).toList());
    for (ClaimFeatures f : features) {
      f.names().keySet().stream()
          .filter(k -> !k.startsWith(ClaimFeatures.OPENER))
          .forEach(namesInside::add);
    }
    keys = new ArrayList<>(features.size());
    for (ClaimFeatures f : features) {
      List<String> claimKeys = List.copyOf(nameKeys(f));
      keys.add(claimKeys);
      for (String key : claimKeys) {
        nameCounts.merge(key, 1, Integer::sum);
      }
    }
  }

  /**
   * The key of a claim's name, or null to ignore it. A capitalised word that opens a claim counts
   * as a name only if some claim also capitalises it mid-sentence ("Baku" yes, "Shelling" no).
   */
  String nameKey(String raw) {
    if (!raw.startsWith(ClaimFeatures.OPENER)) {
      return raw;
    }
    String key = raw.substring(ClaimFeatures.OPENER.length());
    return namesInside.contains(key) ? key : null;
  }

  /** Names, dates (prefixed {@code d:}) and numbers (prefixed {@code n:}) of a claim. */
  List<String> nameKeys(ClaimFeatures f) {
    List<String> keys = new ArrayList<>();
    for (String raw : f.names().keySet()) {
      String key = nameKey(raw);
      if (key != null) {
        keys.add(key);
      }
    }
    f.dates().keySet().forEach(d -> keys.add("d:" + d));
    f.numbers().keySet().forEach(n -> keys.add("n:" + n));
    return keys;
  }

  /** {@link #nameKeys(ClaimFeatures)} of claim {@code i}, worked out once. */
  List<String> nameKeys(int i) {
    return keys.get(i);
  }

  int sizeA() {
    return sizeA;
  }

  int sizeB() {
    return features.size() - sizeA;
  }

  /** Corpus index of side B's claim {@code j}. */
  int b(int j) {
    return sizeA + j;
  }

  ClaimFeatures features(int i) {
    return features.get(i);
  }

  Bm25 bm25() {
    return bm25;
  }

  /** Inverse claim frequency of a name key, like BM25's idf. */
  double nameIdf(String key) {
    int n = nameCounts.getOrDefault(key, 0);
    return Math.log(1 + (features.size() - n + 0.5) / (n + 0.5));
  }

  boolean hasVectors() {
    return vectors != null;
  }

  float[] vector(int i) {
    return vectors[i];
  }
}
