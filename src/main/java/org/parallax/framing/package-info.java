/**
 * Framing discovery: which words and phrases each of two essays uses that the other avoids.
 *
 * <p>{@link org.parallax.framing.DistinctiveTerms} cuts each text into phrases at punctuation, keys
 * every word (case folded, Azerbaijani spellings folded as the aligner folds names, Snowball
 * English stems, hyphenated words kept whole), counts every unigram, bigram and trigram that
 * neither starts nor ends with a stop word or a number, and scores each with {@link
 * org.parallax.framing.LogOdds}: the weighted log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi and Quinn 2008) and its z-score. The prior mixes the pooled pair, a flat share
 * and general English ({@code Background}, a word frequency list shipped with its licence); see
 * docs/framing.md for why and what it finds on the seed essay.
 *
 * <p>{@link org.parallax.framing.TermPlaces} finds where a listed term occurs in each essay by the
 * same word keys, for the window to highlight and tag.
 */
package org.parallax.framing;
