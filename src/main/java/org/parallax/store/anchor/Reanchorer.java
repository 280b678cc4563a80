package org.parallax.store.anchor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.parallax.store.anchor.ApproximateMatcher.Match;

/**
 * Places tags in a text that may have changed since the tags were made. Tries, in order: the old
 * position if it still holds the quoted text; the exact quote, taking the occurrence nearest the
 * old position; a close match of the quote, scored on the quote itself, its prefix and suffix and
 * its distance from the old position (the approach of Hypothesis' anchoring). When nothing is good
 * enough the tag is an orphan.
 *
 * <p>A quote of a few words is looked up in a {@link WordIndex} of the text, so the close match is
 * sought only in short windows where runs of its words occur (and around its old position), not in
 * the whole text: placing many tags costs about the same per tag whatever the text's length. Every
 * search is paid from a {@link WorkBudget}; once it is spent the remaining tags become orphans. One
 * instance serves one text and one load; not thread-safe.
 */
public final class Reanchorer {

  private static final int MAX_ERRORS = 64;
  private static final int MAX_CANDIDATES = 2000;
  private static final int SHORT_QUOTE = 20;
  private static final double QUOTE_WEIGHT = 50;
  private static final double CONTEXT_WEIGHT = 20;
  private static final double POSITION_WEIGHT = 2;

  /** A run of three words found more often than this says nothing about where a quote is. */
  private static final int MAX_POSTINGS = 64;

  /** How many of the places where most of a quote's word runs occur get a close look. */
  private static final int REGIONS = 4;

  /** How many of a window's close matches, those with fewest errors, are weighed. */
  private static final int CANDIDATES_PER_WINDOW = 4;

  /** Slack, in characters, around a window beyond the errors a match may have. */
  private static final int SLACK = 8;

  private final String text;
  private final WorkBudget budget;
  private WordIndex index;

  /** A re-anchorer for tags of {@code text}, searching no more than {@code budget} allows. */
  public Reanchorer(String text, WorkBudget budget) {
    this.text = text;
    this.budget = budget;
  }

  /** Where {@code selector} belongs in {@code text}, or an orphan placement. */
  public static Placement place(String text, Selector selector) {
    return new Reanchorer(text, WorkBudget.unlimited()).place(selector);
  }

  /** Where {@code selector} belongs in the text, or an orphan placement. */
  public Placement place(Selector selector) {
    Span old = selector.position();
    String exact = selector.quote().exact();
    if (old != null && old.fitsIn(text.length()) && old.end() > old.start()) {
      if (exact.isEmpty()
          || (old.end() - old.start() == exact.length() && text.startsWith(exact, old.start()))) {
        return Placement.at(old, Placement.Method.POSITION);
      }
    }
    if (exact.isEmpty() || budget.exhausted()) {
      return Placement.orphan();
    }
    int hint = old == null ? 0 : Math.min(old.start(), text.length());
    int[] words = WordIndex.words(exact);
    int nearest = nearestOccurrence(exact, words, hint);
    if (nearest >= 0) {
      return Placement.at(
          new Span(nearest, nearest + exact.length()), Placement.Method.EXACT_QUOTE);
    }
    return budget.exhausted() ? Placement.orphan() : fuzzy(selector.quote(), words, hint);
  }

  private WordIndex index() {
    if (index == null) {
      index = new WordIndex(text);
    }
    return index;
  }

  /**
   * The occurrence of {@code exact} nearest {@code hint} (the earlier of two as near), or -1. A
   * quote of five words or more has a run of three whole words inside it, and every occurrence of
   * the quote holds that run: the index gives them all. A shorter quote is looked for in the whole
   * text.
   */
  private int nearestOccurrence(String exact, int[] words, int hint) {
    int best = -1;
    if (words.length / 2 >= 5) {
      int[] starts = index().starts(exact, words, 1, Integer.MAX_VALUE);
      if (!budget.spend((long) starts.length * 8 + exact.length())) {
        return -1;
      }
      for (int start : starts) {
        int at = start - words[2];
        if (at >= 0
            && text.startsWith(exact, at)
            && (best < 0 || Math.abs(at - hint) < Math.abs(best - hint))) {
          best = at;
        }
      }
      return best;
    }
    if (!budget.spend(text.length())) {
      return -1;
    }
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

  private Placement fuzzy(TextQuote quote, int[] words, int hint) {
    String exact = quote.exact();
    int k = Math.min(MAX_ERRORS, exact.length() / 4);
    if (k == 0) {
      return Placement.orphan();
    }
    List<Match> matches =
        words.length / 2 >= 3 ? nearWords(exact, words, k, hint) : everywhere(exact, k);
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

  /** Close matches of a short quote anywhere in the text. */
  private List<Match> everywhere(String exact, int k) {
    if (!budget.spend((long) text.length() * (k + 1))) {
      return List.of();
    }
    return ApproximateMatcher.search(text, exact, k, MAX_CANDIDATES);
  }

  /**
   * Close matches of a quote of three words or more, sought in windows around its old position and
   * around the {@value #REGIONS} places where most of its runs of three words occur.
   */
  private List<Match> nearWords(String exact, int[] words, int k, int hint) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 2 < words.length / 2; i++) {
      for (int at : index().starts(exact, words, i, MAX_POSTINGS)) {
        starts.add(at - words[2 * i]); // where the quote would start
      }
    }
    if (!budget.spend((long) starts.size() * 8 + exact.length())) {
      return List.of();
    }
    List<int[]> regions = regions(starts, k);
    regions.add(new int[] {hint, hint, 0});
    List<Match> matches = new ArrayList<>();
    for (int[] region : regions) {
      int from = Math.max(0, region[0] - k - SLACK);
      int to = Math.min(text.length(), region[1] + exact.length() + k + SLACK);
      if (to <= from || !budget.spend((long) (to - from) * (k + 1))) {
        continue;
      }
      List<Match> found =
          ApproximateMatcher.search(
              text.substring(from, to), exact, k, MAX_CANDIDATES, CANDIDATES_PER_WINDOW);
      if (!budget.spend((long) found.size() * (exact.length() + k) * exact.length())) {
        continue;
      }
      for (Match m : found) {
        matches.add(new Match(m.start() + from, m.end() + from, m.errors()));
      }
    }
    return matches;
  }

  /**
   * The {@value #REGIONS} busiest clusters of likely starts (a start within {@code k} characters of
   * the one before joins its cluster, which stays short), each as {first start, last start, how
   * many}.
   */
  private static List<int[]> regions(List<Integer> starts, int k) {
    Collections.sort(starts);
    List<int[]> clusters = new ArrayList<>();
    for (int start : starts) {
      int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (last != null && start - last[1] <= k + SLACK && start - last[0] <= 2 * (k + SLACK)) {
        last[1] = start;
        last[2]++;
      } else {
        clusters.add(new int[] {start, start, 1});
      }
    }
    clusters.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[0]));
    return new ArrayList<>(clusters.subList(0, Math.min(REGIONS, clusters.size())));
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
