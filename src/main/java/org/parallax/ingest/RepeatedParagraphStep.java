package org.parallax.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  /** Near-duplicates are looked for among the first paragraphs only; exact repeats anywhere. */
  private static final int LEAD_ZONE = 10;

  /** A repeat among the first paragraphs before any heading is reported as a repeated lead. */
  private static final int LEAD_PARAGRAPHS = 3;

  @Override
  public void apply(Draft draft) {
    List<Set<String>> words = new ArrayList<>();
    for (Paragraph p : draft.paragraphs()) {
      words.add(words(p.text()));
    }
    int firstHeading = firstHeadingIndex(draft);
    Set<String> laterTexts = new HashSet<>();
    List<Integer> repeated = new ArrayList<>();
    for (int i = draft.size() - 1; i >= 0; i--) {
      boolean exactRepeat = !laterTexts.add(draft.text(i)) && words.get(i).size() >= MIN_WORDS;
      if (exactRepeat || (i < LEAD_ZONE && repeatedLater(i, words))) {
        repeated.add(i);
      }
    }
    for (int i : repeated) {
      boolean lead = i < Math.min(firstHeading, LEAD_PARAGRAPHS);
      draft.remove(i, lead ? LEAD_REASON : REPEAT_REASON);
    }
  }

  private static boolean repeatedLater(int i, List<Set<String>> words) {
    Set<String> earlier = words.get(i);
    if (earlier.size() < MIN_WORDS) {
      return false;
    }
    for (int j = i + 1; j < words.size(); j++) {
      if (containment(earlier, words.get(j)) >= CONTAINMENT) {
        return true;
      }
    }
    return false;
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
