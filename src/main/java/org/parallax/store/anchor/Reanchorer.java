package org.parallax.store.anchor;

import java.util.List;
import org.parallax.store.anchor.ApproximateMatcher.Match;

/**
 * Places a tag in a text that may have changed since the tag was made. Tries, in order: the old
 * position if it still holds the quoted text; the exact quote, taking the occurrence nearest the
 * old position; a close match of the quote, scored on the quote itself, its prefix and suffix and
 * its distance from the old position (the approach of Hypothesis' anchoring). When nothing is good
 * enough the tag is an orphan. A pure function of its inputs.
 */
public final class Reanchorer {

  private static final int MAX_ERRORS = 64;
  private static final int MAX_CANDIDATES = 2000;
  private static final int SHORT_QUOTE = 20;
  private static final double QUOTE_WEIGHT = 50;
  private static final double CONTEXT_WEIGHT = 20;
  private static final double POSITION_WEIGHT = 2;

  private Reanchorer() {}

  /** Where {@code selector} belongs in {@code text}, or an orphan placement. */
  public static Placement place(String text, Selector selector) {
    Span old = selector.position();
    String exact = selector.quote().exact();
    if (old != null && old.fitsIn(text.length()) && old.end() > old.start()) {
      if (exact.isEmpty()
          || (old.end() - old.start() == exact.length() && text.startsWith(exact, old.start()))) {
        return Placement.at(old, Placement.Method.POSITION);
      }
    }
    if (exact.isEmpty()) {
      return Placement.orphan();
    }
    int hint = old == null ? 0 : Math.min(old.start(), text.length());
    int nearest = nearestOccurrence(text, exact, hint);
    if (nearest >= 0) {
      return Placement.at(
          new Span(nearest, nearest + exact.length()), Placement.Method.EXACT_QUOTE);
    }
    return fuzzy(text, selector.quote(), hint);
  }

  private static int nearestOccurrence(String text, String exact, int hint) {
    int best = -1;
    for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
      if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) {
        best = at;
      }
      if (at > hint) {
        break;
      }
    }
    return best;
  }

  private static Placement fuzzy(String text, TextQuote quote, int hint) {
    String exact = quote.exact();
    int k = Math.min(MAX_ERRORS, exact.length() / 4);
    if (k == 0) {
      return Placement.orphan();
    }
    List<Match> matches = ApproximateMatcher.search(text, exact, k, MAX_CANDIDATES);
    Match best = null;
    double bestScore = -1;
    for (Match match : matches) {
      double prefix = similarity(quote.prefix(), before(text, match.start(), quote.prefix()));
      double suffix = similarity(quote.suffix(), after(text, match.end(), quote.suffix()));
      if (exact.length() < SHORT_QUOTE && prefix < 0.5 && suffix < 0.5) {
        continue;
      }
      double quoteScore = 1 - (double) match.errors() / exact.length();
      double position = 1 - (double) Math.abs(match.start() - hint) / Math.max(1, text.length());
      double score =
          QUOTE_WEIGHT * quoteScore
              + CONTEXT_WEIGHT * (prefix + suffix)
              + POSITION_WEIGHT * position;
      if (score > bestScore) {
        bestScore = score;
        best = match;
      }
    }
    if (best == null || best.end() <= best.start()) {
      return Placement.orphan();
    }
    return Placement.at(new Span(best.start(), best.end()), Placement.Method.FUZZY_QUOTE);
  }

  private static String before(String text, int start, String prefix) {
    return text.substring(Math.max(0, start - prefix.length()), start);
  }

  private static String after(String text, int end, String suffix) {
    return text.substring(end, Math.min(text.length(), end + suffix.length()));
  }

  private static double similarity(String expected, String actual) {
    if (expected.isEmpty()) {
      return actual.isEmpty() ? 1 : 0.5;
    }
    return 1 - (double) ApproximateMatcher.distance(expected, actual) / expected.length();
  }
}
