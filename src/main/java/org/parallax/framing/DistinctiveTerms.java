package org.parallax.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.parallax.align.EquivalenceLexicon;

/**
 * Which words and phrases each of two essays prefers: n-grams of keyed words ({@link Tokens},
 * {@link Ngrams}) scored by {@link LogOdds}. A phrase (two or three words) is listed only when the
 * pair uses it at least twice or the lexicon names it: words that stood side by side once are not
 * yet a phrase. A term that never occurs outside one longer listed term (the same counts on both
 * sides as "ethnic cleansing" has, for "cleansing") is left out in favour of the longer one. Pure
 * and thread-safe.
 */
public final class DistinctiveTerms {

  /** The terms each side prefers, most distinctive first: A's with z > 0, B's with z < 0. */
  public record Result(List<Term> a, List<Term> b) {

    /** The result with the essays swapped. */
    public Result swapped() {
      return new Result(
          b.stream().map(Term::swapped).toList(), a.stream().map(Term::swapped).toList());
    }
  }

  private final EquivalenceLexicon lexicon;
  private final LogOdds.Prior prior;

  /** Discovery that folds spellings the {@code lexicon} lists and scores with {@code prior}. */
  public DistinctiveTerms(EquivalenceLexicon lexicon, LogOdds.Prior prior) {
    this.lexicon = lexicon;
    this.prior = prior;
  }

  /** With the bundled lexicon and the standard prior. */
  public static DistinctiveTerms standard() {
    return new DistinctiveTerms(EquivalenceLexicon.bundled(), LogOdds.Prior.standard());
  }

  /**
   * The at most {@code top} most distinctive terms of each side of texts {@code a} and {@code b}.
   */
  public Result between(String a, String b, int top) {
    Tokens tokens = new Tokens(lexicon);
    List<List<Tokens.Token>> phrasesA = tokens.phrases(a);
    List<List<Tokens.Token>> phrasesB = tokens.phrases(b);
    ToDoubleFunction<String> english =
        prior.backgroundShare() > 0 ? Background.english()::of : key -> 1;
    Map<String, LogOdds.Score> scores =
        LogOdds.compare(Ngrams.counts(phrasesA), Ngrams.counts(phrasesB), prior, english);
    Set<String> names = lexiconKeys(tokens);
    Map<String, LogOdds.Score> listable = new HashMap<>();
    for (LogOdds.Score s : scores.values()) {
      boolean phrase = s.key().indexOf(' ') >= 0;
      boolean recurs = s.countA() + s.countB() >= 2 || names.contains(s.key());
      if (s.z() != 0 && (!phrase || recurs)) {
        listable.put(s.key(), s);
      }
    }
    listable.keySet().removeAll(subsumed(listable));
    List<LogOdds.Score> ranked = new ArrayList<>(listable.values());
    Comparator<LogOdds.Score> byStrength =
        Comparator.comparingDouble((LogOdds.Score s) -> -Math.abs(s.z()))
            .thenComparingInt(s -> -words(s.key()))
            .thenComparing(LogOdds.Score::key);
    ranked.sort(byStrength);
    List<LogOdds.Score> forA = new ArrayList<>();
    List<LogOdds.Score> forB = new ArrayList<>();
    for (LogOdds.Score s : ranked) {
      List<LogOdds.Score> side = s.z() > 0 ? forA : forB;
      if (side.size() < top) {
        side.add(s);
      }
    }
    Set<String> chosen = new HashSet<>();
    forA.forEach(s -> chosen.add(s.key()));
    forB.forEach(s -> chosen.add(s.key()));
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    Ngrams.spellings(phrasesA, chosen, spellings);
    Ngrams.spellings(phrasesB, chosen, spellings);
    return new Result(terms(forA, spellings), terms(forB, spellings));
  }

  private static List<Term> terms(
      List<LogOdds.Score> scores, Map<String, Map<String, Integer>> spellings) {
    return scores.stream()
        .map(s -> new Term(spelling(spellings.get(s.key())), s.z(), s.countA(), s.countB()))
        .toList();
  }

  private static int words(String key) {
    return key.split(" ").length;
  }

  /** The keys of the lexicon's names, as {@link Ngrams} keys them. */
  private Set<String> lexiconKeys(Tokens tokens) {
    Set<String> keys = new HashSet<>();
    for (int r = 0; r < lexicon.size(); r++) {
      for (String name : lexicon.names(r)) {
        for (List<Tokens.Token> phrase : tokens.phrases(name)) {
          keys.add(String.join(" ", phrase.stream().map(Tokens.Token::key).toList()));
        }
      }
    }
    return keys;
  }

  /** Keys that occur only inside one longer key: the same counts on both sides. */
  private static Set<String> subsumed(Map<String, LogOdds.Score> scores) {
    Set<String> subsumed = new HashSet<>();
    for (LogOdds.Score longer : scores.values()) {
      String[] words = longer.key().split(" ");
      for (int n = 1; n < words.length; n++) {
        for (int start = 0; start + n <= words.length; start++) {
          String part = String.join(" ", Arrays.copyOfRange(words, start, start + n));
          LogOdds.Score shorter = scores.get(part);
          if (shorter != null
              && shorter.countA() == longer.countA()
              && shorter.countB() == longer.countB()) {
            subsumed.add(part);
          }
        }
      }
    }
    return subsumed;
  }

  /**
   * The spelling met most often in both texts; on a tie the one with fewer capitals, then the first
   * in alphabetical order, so swapping the texts never changes it.
   */
  private static String spelling(Map<String, Integer> all) {
    return all.entrySet().stream()
        .min(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparingLong(e -> e.getKey().chars().filter(Character::isUpperCase).count())
                .thenComparing(Map.Entry::getKey))
        .orElseThrow()
        .getKey();
  }
}
