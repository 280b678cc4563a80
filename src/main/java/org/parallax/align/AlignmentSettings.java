package org.parallax.align;

import java.nio.file.Path;

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
 * @param candidates how many candidate partners each signal proposes per claim before full scoring
 * @param marginNeighbours k, the number of a claim's nearest partners its pairs are judged against
 * @param marginWeight how much of the neighbours' mean score is subtracted from a pair's score
 * @param meaningWeight weight of meaning similarity (embeddings)
 * @param wordsWeight weight of BM25 word similarity
 * @param namesWeight weight of shared names, dates and numbers
 * @param userLexicon a file of extra equivalences in the lexicon's format, or null
 */
public record AlignmentSettings(
    boolean lexicalOnly,
    double minScore,
    double lexicalMinScore,
    double groupRatio,
    int maxPartners,
    int candidates,
    int marginNeighbours,
    double marginWeight,
    double meaningWeight,
    double wordsWeight,
    double namesWeight,
    Path userLexicon) {

  public AlignmentSettings {
    if (minScore < 0
        || minScore > 1
        || lexicalMinScore < 0
        || lexicalMinScore > 1
        || groupRatio <= 0
        || groupRatio > 1) {
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

  /** Defaults tuned on the gold set (see docs/benchmarks.md). */
  public static AlignmentSettings defaults() {
    return new AlignmentSettings(false, 0.2, 0.075, 0.75, 3, 12, 3, 0.5, 0.6, 0.3, 0.1, null);
  }

  public AlignmentSettings withLexicalOnly(boolean value) {
    return new AlignmentSettings(
        value,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        userLexicon);
  }

  public AlignmentSettings withMinScore(double value) {
    return new AlignmentSettings(
        lexicalOnly,
        value,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        userLexicon);
  }

  public AlignmentSettings withUserLexicon(Path file) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        file);
  }

  public AlignmentSettings withMargin(int neighbours, double weight) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        candidates,
        neighbours,
        weight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        userLexicon);
  }

  public AlignmentSettings withWeights(double meaning, double words, double names) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        groupRatio,
        maxPartners,
        candidates,
        marginNeighbours,
        marginWeight,
        meaning,
        words,
        names,
        userLexicon);
  }

  public AlignmentSettings withLexicalMinScore(double value) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        value,
        groupRatio,
        maxPartners,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        userLexicon);
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
        perClaim,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        userLexicon);
  }

  public AlignmentSettings withGrouping(double ratio, int partners) {
    return new AlignmentSettings(
        lexicalOnly,
        minScore,
        lexicalMinScore,
        ratio,
        partners,
        candidates,
        marginNeighbours,
        marginWeight,
        meaningWeight,
        wordsWeight,
        namesWeight,
        userLexicon);
  }
}
