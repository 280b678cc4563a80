package org.parallax.align;

/** Creates the scoring signals by name. */
final class Signals {
  /** Sentence embeddings: closeness of meaning. */
  static final String MEANING = "meaning";

  /** BM25 over stemmed content words. */
  static final String WORDS = "words";

  /** Shared names, dates and numbers, contested names counted as one. */
  static final String NAMES = "names";

  private Signals() {}

  /**
   * The signal called {@code name} over {@code corpus}.
   *
   * @throws IllegalArgumentException for an unknown name, or "meaning" without embeddings
   */
  static PairSignal create(String name, Corpus corpus) {
    return switch (name) {
      case MEANING -> {
        if (!corpus.hasVectors()) {
          throw new IllegalArgumentException("meaning similarity needs embeddings");
        }
        yield new MeaningSignal(corpus);
      }
      case WORDS -> new WordsSignal(corpus);
      case NAMES -> new NamesSignal(corpus);
      default -> throw new IllegalArgumentException("no scoring signal is called " + name);
    };
  }
}
