/**
 * The reader's edits of a comparison, without any user interface: confirming and rejecting links,
 * linking by hand, relations and notes, framing terms, splitting and merging claims, and the
 * codebook; plus the filters and navigation the side panel and the keyboard use.
 *
 * <p><b>Changes.</b> Every edit is a {@link org.parallax.tagging.Change}: a small invertible step
 * such as "replace link L3 by its confirmed version" or "insert term tag T7 at position 4", never a
 * snapshot of the whole comparison. A change remembers what it replaces and refuses to apply to a
 * comparison that does not hold it, so undoing always restores an equal comparison. Edits that
 * touch several items (splitting a claim re-attaches its links; deleting a codebook kind retags or
 * removes what used it) are one change made of several steps, and so one undo step. {@link
 * org.parallax.tagging.Edits} makes the changes: it checks the reader's input and fails with a
 * sentence the reader can understand, and signs edited links and tags with the reader's name and
 * the time.
 *
 * <p><b>History.</b> {@link org.parallax.tagging.EditHistory} holds the current comparison, the
 * undo and redo steps, and the position marked when the comparison was last saved. "Unsaved
 * changes" is derived from it: the comparison is unsaved exactly when the position is not the saved
 * one. Loading a file forgets the history.
 *
 * <p><b>Reading aids.</b> {@link org.parallax.tagging.Navigation} walks links in the reading order
 * of one side; {@link org.parallax.tagging.Blindspots} lists the claims of one side that no
 * confirmed link covers ("only in A"); {@link org.parallax.tagging.LinkFilter} and {@link
 * org.parallax.tagging.TermFilter} select what the side panel lists; {@link
 * org.parallax.tagging.TermOccurrences} finds the other occurrences of a term to tag in one step;
 * {@link org.parallax.tagging.LexiconTerms} suggests known contested terms from the equivalence
 * lexicon; {@link org.parallax.tagging.TermPairs} groups the paired framing terms by their words
 * ("A says Khankendi where B says Stepanakert") for the term-pairs view, the handout, the deck and
 * the prompts.
 *
 * <p>{@link org.parallax.tagging.TermPromotion} makes a word found by framing discovery a framing
 * term everywhere it occurs, or tags and pairs two such words of different sides, in one step.
 */
package org.parallax.tagging;
