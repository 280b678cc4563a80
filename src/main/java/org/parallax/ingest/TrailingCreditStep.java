package org.parallax.ingest;

/**
 * Removes short credit lines left at the very end ("New Eastern Europe", "Photo: Reuters"): a few
 * words with no sentence punctuation cannot be a heading because nothing follows them. A single
 * such line is kept as the publisher when none is known.
 */
final class TrailingCreditStep implements CleaningStep {

  static final String REASON = "publisher credit at the end";

  private static final int MAX_WORDS = 8;
  private static final int MAX_LENGTH = 80;

  @Override
  public void apply(Draft draft) {
    int removed = 0;
    String last = null;
    while (draft.size() > 1 && isCredit(draft.get(draft.size() - 1))) {
      last = draft.text(draft.size() - 1);
      draft.remove(draft.size() - 1, REASON);
      removed++;
    }
    if (removed == 1) {
      draft.metadata().offerPublisher(last);
    }
  }

  private static boolean isCredit(Paragraph p) {
    String text = p.text();
    return p.isSingleLine()
        && text.length() <= MAX_LENGTH
        && p.wordCount() <= MAX_WORDS
        && !text.matches(".*[.!?;,]\\W*$");
  }
}
