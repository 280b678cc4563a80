package org.parallax.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Removes a paragraph whose words reappear almost all in a later paragraph: typically a lead or
 * standfirst at the top that the body repeats. Two paragraphs are near-duplicates when at least 80%
 * of the earlier one's distinct words occur in the later one; the earlier copy goes.
 */
final class RepeatedParagraphStep implements CleaningStep {

  static final String LEAD_REASON = "lead paragraph repeated later in the body";
  static final String REPEAT_REASON = "paragraph repeated later in the body";

  static final double CONTAINMENT = 0.8;
  private static final int MIN_WORDS = 12;

  @Override
  public void apply(Draft draft) {
    int firstHeading = firstHeadingIndex(draft);
    for (int i = 0; i < draft.size(); i++) {
      Set<String> earlier = words(draft.text(i));
      if (earlier.size() < MIN_WORDS) {
        continue;
      }
      for (int j = i + 1; j < draft.size(); j++) {
        if (containment(earlier, words(draft.text(j))) >= CONTAINMENT) {
          boolean lead = i < Math.max(firstHeading, 2);
          draft.remove(i, lead ? LEAD_REASON : REPEAT_REASON);
          firstHeading--;
          i--;
          break;
        }
      }
    }
  }

  /** Share of {@code part}'s words that also occur in {@code whole}. */
  static double containment(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : part) {
      if (whole.contains(word)) {
        shared++;
      }
    }
    return (double) shared / part.size();
  }

  /** Distinct lower-case words (letters and digits) of a text. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static int firstHeadingIndex(Draft draft) {
    for (int i = 0; i < draft.size() - 1; i++) {
      if (BlockClassifier.looksLikeHeading(draft.get(i))) {
        return i;
      }
    }
    return draft.size();
  }
}
