package org.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.parallax.task.Progress;

/**
 * Finds, for every claim, the few claims of the other side worth scoring in full, so that large
 * documents never need a dense table of all pairs. A claim's candidates are its {@code k} best
 * partners by shared words and names (found through an inverted index, so claims with nothing in
 * common are never visited) and, when embeddings exist, its {@code k} nearest in meaning (one pass
 * of dot products, keeping only the top k). Both directions are searched, so a pair is a candidate
 * when either claim thinks so.
 */
final class Candidates {
  private static final int SEARCH_KEYS = 8;

  /**
   * Side-B claims per tile of the meaning pass: 128 vectors of 384 floats fit in a core's cache.
   */
  private static final int TILE = 128;

  private Candidates() {}

  /** Candidate partners: for each side-A claim (by position), the side-B positions to score. */
  static List<TreeSet<Integer>> find(
      Corpus corpus, int k, Progress progress, double from, double to) {
    int na = corpus.sizeA();
    int nb = corpus.sizeB();
    List<TreeSet<Integer>> pairs = new ArrayList<>();
    for (int a = 0; a < na; a++) {
      pairs.add(new TreeSet<>());
    }
    Map<String, List<Integer>> indexB = index(corpus, na, na + nb);
    Map<String, List<Integer>> indexA = index(corpus, 0, na);
    double span = (to - from) / 2;
    lexical(corpus, 0, na, indexB, k, pairs, false, progress, from, span / 2);
    lexical(corpus, na, na + nb, indexA, k, pairs, true, progress, from + span / 2, span / 2);
    if (corpus.hasVectors()) {
      nearest(corpus, k, pairs, progress, from + span, span);
    }
    return pairs;
  }

  private static Map<String, List<Integer>> index(Corpus corpus, int from, int to) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = from; i < to; i++) {
      for (String key : keys(corpus, i)) {
        index.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      }
    }
    return index;
  }

  private static List<String> keys(Corpus corpus, int i) {
    List<String> keys = new ArrayList<>();
    corpus.bm25().termsOf(i).forEach(keys::add);
    corpus.nameKeys(i).forEach(n -> keys.add("#" + n));
    return keys;
  }

  private static void lexical(
      Corpus corpus,
      int from,
      int to,
      Map<String, List<Integer>> other,
      int k,
      List<TreeSet<Integer>> pairs,
      boolean queriesAreB,
      Progress progress,
      double start,
      double width) {
    int na = corpus.sizeA();
    int total = to - from;
    int size = corpus.sizeA() + corpus.sizeB();
    ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    List<TopK> results =
        IntStream.range(from, to)
            .parallel()
            .mapToObj(
                q -> {
                  if ((q - from) % 256 == 0) {
                    progress.checkCancelled();
                    progress.report(
                        start + width * (q - from) / total, "Comparing words and names");
                  }
                  double[] scores = scratch.get().scores;
                  int[] touched = scratch.get().touched;
                  int count = 0;
                  for (Keyed key : rarest(corpus, q)) {
                    for (int d : other.getOrDefault(key.key(), List.of())) {
                      if (scores[d] == 0) {
                        touched[count++] = d;
                      }
                      scores[d] += key.weight();
                    }
                  }
                  TopK top = new TopK(k);
                  for (int i = 0; i < count; i++) {
                    int d = touched[i];
                    top.offer(d, scores[d]);
                    scores[d] = 0;
                  }
                  return top;
                })
            .toList();
    collect(results, from, na, pairs, queriesAreB);
  }

  /**
   * One thread's working space for a search: each claim's score so far (all 0 between searches),
   * and the claims scored, in the order first met.
   */
  private static final class Scratch {
    final double[] scores;
    final int[] touched;

    Scratch(int size) {
      scores = new double[size];
      touched = new int[size];
    }
  }

  /** A search key with its weight (idf). */
  private record Keyed(String key, double weight) {}

  /**
   * The query's {@value #SEARCH_KEYS} rarest words and names: rare keys decide who the best
   * partners are, and skipping common ones keeps each search short even in long texts.
   */
  private static List<Keyed> rarest(Corpus corpus, int q) {
    List<Keyed> keys = new ArrayList<>();
    for (String key : keys(corpus, q)) {
      double w = key.startsWith("#") ? corpus.nameIdf(key.substring(1)) : corpus.bm25().idf(key);
      keys.add(new Keyed(key, w));
    }
    keys.sort((x, y) -> Double.compare(y.weight(), x.weight()));
    return keys.subList(0, Math.min(SEARCH_KEYS, keys.size()));
  }

  /**
   * Each claim's k nearest claims of the other side in meaning, both directions from one pass of
   * dot products: side A is cut into chunks worked on in parallel, and each chunk walks side B in
   * tiles small enough to stay in the processor's cache while every row of the chunk meets them.
   * Each chunk keeps its own top k for every side-B claim; these are merged in chunk order, so ties
   * fall to the earlier claim exactly as in a plain scan.
   */
  private static void nearest(
      Corpus corpus,
      int k,
      List<TreeSet<Integer>> pairs,
      Progress progress,
      double start,
      double width) {
    int na = corpus.sizeA();
    int nb = corpus.sizeB();
    int chunkCount = Math.max(1, Math.min(na, 2 * Runtime.getRuntime().availableProcessors()));
    int chunkSize = (na + chunkCount - 1) / chunkCount;
    AtomicInteger tilesDone = new AtomicInteger();
    int tilesTotal = chunkCount * ((nb + TILE - 1) / TILE);
    List<TopK[][]> chunks =
        IntStream.range(0, chunkCount)
            .parallel()
            .mapToObj(
                c -> {
                  int lo = Math.min(na, c * chunkSize);
                  int hi = Math.min(na, lo + chunkSize);
                  TopK[] ofA = new TopK[hi - lo];
                  TopK[] ofB = new TopK[nb];
                  Arrays.setAll(ofA, i -> new TopK(k));
                  Arrays.setAll(ofB, i -> new TopK(k));
                  for (int tile = 0; tile < nb; tile += TILE) {
                    progress.checkCancelled();
                    progress.report(
                        start + width * tilesDone.getAndIncrement() / tilesTotal,
                        "Comparing meanings");
                    int tileEnd = Math.min(nb, tile + TILE);
                    for (int a = lo; a < hi; a++) {
                      float[] v = corpus.vector(a);
                      for (int b = tile; b < tileEnd; b++) {
                        float dot = Vectors.dot(v, corpus.vector(na + b));
                        ofA[a - lo].offer(na + b, dot);
                        ofB[b].offer(a, dot);
                      }
                    }
                  }
                  return new TopK[][] {ofA, ofB};
                })
            .toList();
    List<TopK> ofA = new ArrayList<>();
    List<TopK> ofB = new ArrayList<>();
    for (TopK[][] chunk : chunks) {
      ofA.addAll(Arrays.asList(chunk[0]));
    }
    for (int b = 0; b < nb; b++) {
      TopK merged = new TopK(k);
      for (TopK[][] chunk : chunks) {
        TopK part = chunk[1][b];
        for (int i = 0; i < part.size(); i++) {
          merged.offer(part.index(i), part.score(i));
        }
      }
      ofB.add(merged);
    }
    collect(ofA, 0, na, pairs, false);
    collect(ofB, na, na, pairs, true);
  }

  private static void collect(
      List<TopK> results, int from, int na, List<TreeSet<Integer>> pairs, boolean queriesAreB) {
    for (int r = 0; r < results.size(); r++) {
      TopK top = results.get(r);
      int q = from + r;
      for (int i = 0; i < top.size(); i++) {
        int d = top.index(i);
        if (queriesAreB) {
          pairs.get(d).add(q - na);
        } else {
          pairs.get(q).add(d - na);
        }
      }
    }
  }
}
