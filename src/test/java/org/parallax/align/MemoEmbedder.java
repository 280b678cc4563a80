package org.parallax.align;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test aid: the MiniLM model behind a per-JVM memo, so repeated gold runs embed each text once. */
public final class MemoEmbedder implements SentenceEmbedder {
  /** The shared instance over the real model. */
  public static final MemoEmbedder MINILM = new MemoEmbedder(MiniLmEmbedder.INSTANCE);

  private final SentenceEmbedder inner;
  private final Map<String, float[]> memo = new ConcurrentHashMap<>();

  MemoEmbedder(SentenceEmbedder inner) {
    this.inner = inner;
  }

  @Override
  public float[][] embed(List<String> texts) {
    List<String> missing = texts.stream().filter(t -> !memo.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      float[][] vectors = inner.embed(missing);
      for (int i = 0; i < vectors.length; i++) {
        memo.put(missing.get(i), vectors[i]);
      }
    }
    return texts.stream().map(memo::get).toArray(float[][]::new);
  }

  @Override
  public String name() {
    return inner.name();
  }
}
