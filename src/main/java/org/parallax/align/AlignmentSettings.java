package org.parallax.align;

/**
 * The knobs of alignment. Immutable; equal settings give equal results, so settings are part of the
 * result cache key.
 *
 * @param lexicalOnly score by words, names and dates only, without the meaning model
 * @param minScore suggestions scoring below this (after the margin) are dropped
 * @param lexicalMinScore the same threshold when meaning similarity is switched off or unavailable
 *     (lexical scores run lower, so the bar is lower)
 * @param groupRatio a claim's further partners join its link when they score at least this fraction
 *     of its best partner (this is what makes 1-n and n-1 links)
 * @param maxPartners at most this many claims of the other side in one link
 * @param neighbourMinScore a claim next to a linked claim (in the same paragraph) joins that link
 *     when the link's claim on the other side is its own best partner and their combined score,
 *     before the margin, is at least this (this is what links a claim to consecutive sentences)
 * @param candidates how many candidate partners each signal proposes per claim before full scoring
 * @param marginNeighbours k, the number of a claim's nearest partners its pairs are judged against
 * @param marginWeight how much of the neighbours' mean score is subtracted from a pair's score
 * @param meaningWeight weight of meaning similarity (embeddings)
 * @param wordsWeight weight of BM25 word similarity
 * @param namesWeight weight of shared names, dates and numbers
 */
public record AlignmentSettings(
    boolean lexicalOnly,
    double minScore,
    double lexicalMinScore,
    double groupRatio,
    int maxPartners,
    double neighbourMinScore,
    int candidates,
    int marginNeighbours,
    double marginWeight,
    double meaningWeight,
    double wordsWeight,
    double namesWeight) {

  public AlignmentSettings {
    if (minScore < 0
        || minScore > 1
        || lexicalMinScore < 0
        || lexicalMinScore > 1
        || groupRatio <= 0
        || groupRatio > 1
        || neighbourMinScore < 0
        || neighbourMinScore > 1) {
      throw new IllegalArgumentException("thresholds must lie between 0 and 1");
    }
    if (maxPartners < 1 || candidates < 1 || marginNeighbours < 1) {
      throw new IllegalArgumentException("counts must be at least 1");
    }
    if (meaningWeight < 0 || wordsWeight < 0 || namesWeight < 0 || wordsWeight + namesWeight == 0) {
      throw new IllegalArgumentException("weights must be non-negative and not all lexical zero");
    }
    if (marginWeight < 0 || marginWeight > 1) {
      throw new IllegalArgumentException("margin weight must lie between 0 and 1");
    }
  }

  /** The default lowest score of a suggestion, with the meaning model. */
  public static final double DEFAULT_MIN_SCORE = 0.2;

  /** The default lowest score of a suggestion, without the meaning model. */
  public static final double DEFAULT_LEXICAL_MIN_SCORE = 0.075;

  /**
   * Defaults tuned on the gold set (see docs/benchmarks.md): weights, margin, grouping ratio and
   * minimum score by grid search on its first four pairs; the neighbour floor, 0.05, afterwards on
   * the same four with those fixed (any floor from 0 to 0.075 gives the same links there). Micro F1
   * 0.57 over all five pairs, 0.56 on the held-out fifth.
   */
  public static AlignmentSettings defaults() {
    return new AlignmentSettings(
        false,
        DEFAULT_MIN_SCORE,
        DEFAULT_LEXICAL_MIN_SCORE,
        0.75,
        3,
        0.05,
        12,
        3,
        0.5,
        0.6,
        0.3,
        0.1);
  }

  public AlignmentSettings withLexicalOnly(boolean value) {
    return new AlignmentSettings(
        value,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        neighbourMinScore,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight);
  }

  public AlignmentSettings withMinScore(double value) {
    return new AlignmentSettings(
        lexicalOnly,
        value,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        neighbourMinScore,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight);
  }

  public AlignmentSettings withMargin(int neighbours, double weight) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        neighbourMinScore,
        candidates,
        neighbours,
        weight,
        meaningWeight,
        wordsWeight,
        namesWeight);
  }

  public AlignmentSettings withWeights(double meaning, double words, double names) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        neighbourMinScore,
        candidates,
        marginNeighbours,
        marginWeight,
        meaning,
        words,
        names);
  }

  public AlignmentSettings withLexicalMinScore(double value) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        value,
        groupRatio,
        maxPartners,
        neighbourMinScore,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight);
  }

  /** The minimum score that applies, depending on whether meaning similarity takes part. */
  public double minScore(boolean withMeaning) {
    return withMeaning ? minScore : lexicalMinScore;
  }

  public AlignmentSettings withCandidates(int perClaim) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        neighbourMinScore,
        perClaim,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight);
  }

  public AlignmentSettings withGrouping(double ratio, int partners) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        ratio,
        partners,
        neighbourMinScore,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight);
  }
}
