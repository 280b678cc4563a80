package org.parallax.align;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are. Implementations must
 * be thread-safe.
 */
public interface SentenceEmbedder {

  /**
   * Embeds each text.
   *
   * @param texts the sentences
   * @return one unit-length vector per text, in the same order
   * @throws EmbeddingUnavailableException if the model cannot be loaded or run
   */
  float[][] embed(List<String> texts);

  /** A short name of the model, for notices and cache keys. */
  String name();
}
