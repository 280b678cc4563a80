package org.parallax.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins paragraphs that a stray blank line split in the middle of a sentence. A break is
 * mid-sentence when the first part has no closing punctuation and either the next part starts in
 * lower case, or the first part ends with a comma, hyphen or a word that cannot end a sentence
 * ("a", "with", "of").
 */
final class BrokenLineJoinStep implements CleaningStep {

  private static final Set<String> CONNECTING_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "into", "on", "onto", "at",
          "by", "for", "from", "with", "without", "as", "than", "that", "which", "who", "whom",
          "whose", "its", "their", "his", "her", "our", "your", "my", "is", "are", "was", "were",
          "be", "been", "has", "have", "had", "between", "about", "over", "under", "through",
          "against", "towards", "toward", "among", "after", "before", "during", "within", "upon",
          "this", "these", "those", "such", "very", "not");
  private static final Set<String> PARTICLES =
      Set.of("over", "up", "out", "off", "down", "back", "away", "through", "in", "on");
  private static final int MIN_WORDS = 6;
  private static final Pattern CLOSING = Pattern.compile("[\"”’')\\]»]+$");

  @Override
  public void apply(Draft draft) {
    for (int i = 0; i < draft.size() - 1; i++) {
      if (breaksMidSentence(draft.get(i), draft.get(i + 1))) {
        draft.joinWithNext(i);
        i--;
      }
    }
  }

  static boolean breaksMidSentence(Paragraph first, Paragraph next) {
    return breaksMidSentence(first, next, true);
  }

  /**
   * Whether the first line of a text, followed by {@code next}, is a broken sentence rather than a
   * title. A title may end in a word that cannot end a sentence when it is a particle ("… as
   * Azerbaijan takes over") or the title has a colon ("Karabakh: the road to"), so those do not
   * count as broken here.
   */
  static boolean firstLineBreaksMidSentence(Paragraph first, Paragraph next) {
    String text = first.text().strip();
    String[] words = text.split("\\s+");
    String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
    boolean titleLike = text.contains(": ") || PARTICLES.contains(lastWord);
    return breaksMidSentence(first, next, !titleLike);
  }

  private static boolean breaksMidSentence(Paragraph first, Paragraph next, boolean byLastWord) {
    if (!first.isSingleLine() || !next.isSingleLine()) {
      return false;
    }
    String text = CLOSING.matcher(first.text()).replaceFirst("");
    if (text.isEmpty() || ".!?:;…".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int nextStart = next.text().codePointAt(0);
    if (Character.isLowerCase(nextStart)) {
      return true;
    }
    char end = text.charAt(text.length() - 1);
    if (end == ',' || end == '-' || end == '–' || end == '—') {
      return true;
    }
    if (!byLastWord) {
      return false;
    }
    String[] words = text.split("\\s+");
    String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
    return words.length >= MIN_WORDS && CONNECTING_WORDS.contains(lastWord);
  }
}
