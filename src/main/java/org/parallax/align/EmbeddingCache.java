package org.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.task.Progress;

/**
 * Remembers the vectors of texts already embedded, so re-aligning after a claim edit only embeds
 * the changed claims. Embeds in batches, reporting progress and honouring cancellation between
 * batches. Thread-safe.
 */
final class EmbeddingCache {
  private static final int BATCH = 64;
  private static final int CAPACITY = 50_000;

  private final SentenceEmbedder embedder;
  private final Map<String, float[]> vectors;

  EmbeddingCache(SentenceEmbedder embedder) {
    this(embedder, CAPACITY);
  }

  /** A cache holding at most {@code capacity} vectors, the least recently used leaving first. */
  EmbeddingCache(SentenceEmbedder embedder, int capacity) {
    this.embedder = embedder;
    this.vectors =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
          }
        };
  }

  String modelName() {
    return embedder.name();
  }

  /**
   * The vectors of {@code texts}, in order.
   *
   * @throws EmbeddingUnavailableException if the model cannot run
   */
  float[][] embed(List<String> texts, Progress progress, double from, double to) {
    // This call's vectors are collected apart from the cache, which may already have evicted some
    // of them when one call brings more texts than it holds.
    Map<String, float[]> found = new HashMap<>();
    Set<String> unseen = new LinkedHashSet<>();
    synchronized (vectors) {
      for (String text : texts) {
        float[] known = vectors.get(text);
        if (known != null) {
          found.put(text, known);
        } else {
          unseen.add(text);
        }
      }
    }
    List<String> missing = new ArrayList<>(unseen);
    for (int i = 0; i < missing.size(); i += BATCH) {
      progress.checkCancelled();
      progress.report(from + (to - from) * i / missing.size(), "Reading the meaning of claims");
      List<String> batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
      float[][] embedded = embedder.embed(batch);
      synchronized (vectors) {
        for (int j = 0; j < batch.size(); j++) {
          vectors.put(batch.get(j), embedded[j]);
          found.put(batch.get(j), embedded[j]);
        }
      }
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = found.get(texts.get(i));
    }
    return out;
  }
}
