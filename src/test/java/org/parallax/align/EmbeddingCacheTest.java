package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.task.Progress;

class EmbeddingCacheTest {

  /** Each text's vector is its length, and every text embedded is counted. */
  static final class LengthModel implements SentenceEmbedder {
    final List<String> embedded = new ArrayList<>();

    @Override
    public float[][] embed(List<String> texts) {
      embedded.addAll(texts);
      return texts.stream().map(t -> new float[] {t.length()}).toArray(float[][]::new);
    }

    @Override
    public String name() {
      return "length";
    }
  }

  @Test
  void oneCallWithMoreTextsThanTheCacheHoldsStillGetsEveryVector() {
    LengthModel model = new LengthModel();
    EmbeddingCache cache = new EmbeddingCache(model, 3);
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      texts.add("x".repeat(i));
    }

    float[][] vectors = cache.embed(texts, Progress.NONE, 0, 1);

    for (int i = 0; i < texts.size(); i++) {
      assertThat(vectors[i]).containsExactly(i + 1f);
    }
  }

  @Test
  void textsSeenBeforeAreNotEmbeddedAgain() {
    LengthModel model = new LengthModel();
    EmbeddingCache cache = new EmbeddingCache(model, 10);

    cache.embed(List.of("one", "three"), Progress.NONE, 0, 1);
    float[][] again = cache.embed(List.of("three", "seven!", "one"), Progress.NONE, 0, 1);

    assertThat(model.embedded).containsExactly("one", "three", "seven!");
    assertThat(again[0]).containsExactly(5f);
    assertThat(again[1]).containsExactly(6f);
    assertThat(again[2]).containsExactly(3f);
  }
}
