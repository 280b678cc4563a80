package org.parallax.ingest;

import java.util.Locale;

/**
 * Removes the title from the top of the body. If the title is already known (from hints), lines
 * near the top that repeat it are removed; otherwise a heading-like first line is taken as the
 * title.
 */
final class TitleStep implements CleaningStep {

  static final String REPEATED_REASON = "title repeated at the top";
  static final String TAKEN_REASON = "title (kept as the document's title)";

  private static final int TOP = 4;
  private static final int MIN_PREFIX = 12;

  @Override
  public void apply(Draft draft) {
    String title = draft.metadata().title();
    if (title.isBlank()) {
      if (draft.size() > 1
          && BlockClassifier.looksLikeHeading(draft.get(0))
          && !BrokenLineJoinStep.firstLineBreaksMidSentence(draft.get(0), draft.get(1))) {
        draft.metadata().offerTitle(LinkMarkup.strip(draft.text(0)));
        draft.remove(0, TAKEN_REASON);
      }
      return;
    }
    String key = key(title);
    for (int i = Math.min(TOP, draft.size()) - 1; i >= 0; i--) {
      if (repeatsTitle(draft.get(i), key)) {
        draft.remove(i, REPEATED_REASON);
      }
    }
  }

  /**
   * Whether a line repeats the title; a heading-like line also counts when the known title is that
   * line plus a site name ("Title | Site").
   */
  private static boolean repeatsTitle(Paragraph p, String titleKey) {
    String lineKey = key(LinkMarkup.strip(p.text()));
    if (lineKey.equals(titleKey)) {
      return true;
    }
    return lineKey.length() >= MIN_PREFIX
        && titleKey.startsWith(lineKey)
        && BlockClassifier.looksLikeHeading(p);
  }

  /** Letters and digits only, lower case: how two writings of a title are compared. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
