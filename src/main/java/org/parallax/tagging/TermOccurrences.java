package org.parallax.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

/**
 * Where else a term occurs, so that all its occurrences in both texts can be tagged in one step.
 * Occurrences are whole words (not part of a longer word) and ignore case. Spans that overlap a tag
 * already there are left out, except rejected suggestions and suggestions of exactly that span
 * (tagging those confirms them).
 */
public final class TermOccurrences {
  private TermOccurrences() {}

  /**
   * Gets both texts of {@code c} ready for searching (their case-folded copies), so that the first
   * search does not wait for them; meant for a background thread when a comparison is shown.
   *
   * @return {@code c}
   */
  public static Comparison prepare(Comparison c) {
    for (Side side : Side.values()) {
      FoldedText.of(c.document(side).text());
    }
    return c;
  }

  /** The untagged occurrences of {@code term} in text A, then text B, each in text order. */
  public static List<TermSpan> find(Comparison c, String term) {
    String wanted = term == null ? "" : term.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<TermSpan> found = new ArrayList<>();
    for (Side side : Side.values()) {
      String text = c.document(side).text();
      String haystack = FoldedText.of(text);
      String needle = FoldedText.fold(wanted);
      TagIndex tags = new TagIndex(c, side);
      for (int at = nextWholeWord(text, haystack, needle, 0);
          at >= 0;
          at = nextWholeWord(text, haystack, needle, at + wanted.length())) {
        TermSpan span = new TermSpan(side, at, at + wanted.length());
        if (!tags.blocked(span)) {
          found.add(span);
        }
      }
    }
    return found;
  }

  /**
   * Where {@code wanted} next occurs in {@code text} from {@code from} as whole words, ignoring
   * case character by character as {@link String#regionMatches(boolean, int, String, int, int)}
   * does, or -1. Searches a case-folded copy of the text ({@link FoldedText}) with {@link
   * String#indexOf}, which over a book-length essay takes a fraction of a millisecond; a
   * case-insensitive regular expression took most of a tagging step there.
   */
  static int nextWholeWord(String text, String wanted, int from) {
    return nextWholeWord(text, FoldedText.of(text), FoldedText.fold(wanted), from);
  }

  /** The same, given the folded text and the folded words, to fold them once per search. */
  private static int nextWholeWord(String text, String haystack, String needle, int from) {
    for (int at = haystack.indexOf(needle, Math.max(0, from));
        at >= 0;
        at = haystack.indexOf(needle, at + 1)) {
      if (wholeWord(text, at, at + needle.length())) {
        return at;
      }
    }
    return -1;
  }

  /**
   * One side's tags sorted by start, with the largest end seen so far, so the tags that could
   * overlap a span are found by a binary search instead of a scan of every tag.
   */
  private static final class TagIndex {
    private final List<TermTag> tags;
    private final int[] maxEnd;

    TagIndex(Comparison c, Side side) {
      tags =
          c.terms().stream()
              .filter(t -> t.side() == side)
              .sorted(Comparator.comparingInt(TermTag::start))
              .toList();
      maxEnd = new int[tags.size()];
      int max = -1;
      for (int i = 0; i < tags.size(); i++) {
        max = Math.max(max, tags.get(i).end());
        maxEnd[i] = max;
      }
    }

    boolean blocked(TermSpan span) {
      int low = 0;
      int high = tags.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (tags.get(mid).start() < span.end()) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      for (int i = low - 1; i >= 0 && maxEnd[i] > span.start(); i--) {
        if (TermEdits.blocks(tags.get(i), span)) {
          return true;
        }
      }
      return false;
    }
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
}
