/**
 * The alignment gold set and the code that scores an aligner against it.
 *
 * <p>A {@link org.parallax.align.gold.GoldPair} is two short opposing essays written for the
 * project, a hand-made list of {@link org.parallax.align.gold.GoldLink}s between them and the
 * contested names the two sides use for the same place or event. A gold link names its claims by
 * <em>quotes</em>: distinctive substrings that occur exactly once in the essay. Quotes, not claim
 * ids, keep the gold set independent of any one segmenter: {@link
 * org.parallax.align.gold.QuoteLocator} maps each quote to whichever claim of a given segmentation
 * contains the quote's first character.
 *
 * <p>Scoring works on claim pairs: a link between claims {a1, a2} and {b1} counts as the pairs (a1,
 * b1) and (a2, b1), for gold and predicted links alike ({@link org.parallax.align.gold.ClaimPair}).
 * {@link org.parallax.align.gold.Scores} holds precision, recall and F1 over those pairs; {@link
 * org.parallax.align.gold.GoldEvaluation} runs an aligner over every pair of the {@link
 * org.parallax.align.gold.GoldSet} and sums the counts (micro average). {@link
 * org.parallax.align.gold.TfIdfBaseline} is the floor any real aligner should clear, and {@link
 * org.parallax.align.gold.SimpleSentenceSplitter} a test-only segmenter so the set can be scored
 * without the real one.
 */
package org.parallax.align.gold;
