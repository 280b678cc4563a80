package org.parallax.align;

/** Cosine of the two claims' sentence embeddings, negative values counted as 0. */
final class MeaningSignal implements PairSignal {
  private final Corpus corpus;

  MeaningSignal(Corpus corpus) {
    this.corpus = corpus;
  }

  @Override
  public String name() {
    return Signals.MEANING;
  }

  @Override
  public double score(int a, int b) {
    return Math.max(0, Vectors.dot(corpus.vector(a), corpus.vector(b)));
  }

  @Override
  public void explain(int a, int b, Reasons reasons) {
    reasons.meaning(score(a, b));
  }
}
