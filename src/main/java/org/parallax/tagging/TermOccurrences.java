package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

/**
 * Where else a term occurs, so that all its occurrences in both texts can be tagged in one step.
 * Occurrences are whole words (not part of a longer word) and ignore case; spans that overlap a tag
 * already there (rejected suggestions aside) are left out.
 */
public final class TermOccurrences {
  private TermOccurrences() {}

  /** The untagged occurrences of {@code term} in text A, then text B, each in text order. */
  public static List<TermSpan> find(Comparison c, String term) {
    String wanted = term == null ? "" : term.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    Pattern pattern =
        Pattern.compile(Pattern.quote(wanted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<TermSpan> found = new ArrayList<>();
    for (Side side : Side.values()) {
      String text = c.document(side).text();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (wholeWord(text, m.start(), m.end()) && !tagged(c, side, m.start(), m.end())) {
          found.add(new TermSpan(side, m.start(), m.end()));
        }
      }
    }
    return found;
  }

  /** The untagged occurrences of the text at {@code [start, end)} of {@code side}. */
  public static List<TermSpan> find(Comparison c, Side side, int start, int end) {
    return find(c, c.document(side).slice(start, end));
  }

  private static boolean wholeWord(String text, int start, int end) {
    boolean before = start > 0 && Character.isLetterOrDigit(text.codePointBefore(start));
    boolean after = end < text.length() && Character.isLetterOrDigit(text.codePointAt(end));
    return !before && !after;
  }

  private static boolean tagged(Comparison c, Side side, int start, int end) {
    for (TermTag tag : c.terms()) {
      if (tag.status() != LinkStatus.REJECTED
          && tag.side() == side
          && tag.start() < end
          && start < tag.end()) {
        return true;
      }
    }
    return false;
  }
}
