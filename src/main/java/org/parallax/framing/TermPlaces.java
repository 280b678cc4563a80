package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.align.EquivalenceLexicon;

/**
 * Where a term that {@link DistinctiveTerms} lists occurs in each of two texts: every run of words
 * whose keys are the term's keys, as {@link Tokens} makes them. So a match is whole words, ignores
 * case, folds Azerbaijani spellings ("Xankəndi" finds "Khankendi") and stems ("measure" finds
 * "measures"), and never crosses punctuation: the places a reader is shown are the occurrences the
 * counts counted. Matches do not overlap (in "very very very", "very very" is found once). The
 * texts are cut into words once, when made; each search is then a scan of their words. Thread-safe
 * once made.
 */
public final class TermPlaces {

  /** A stretch {@code [start, end)} of one text. */
  public record Place(int start, int end) {}

  /** The places of one term in text A and in text B, each in text order. */
  public record Found(List<Place> a, List<Place> b) {
    public static final Found NONE = new Found(List.of(), List.of());

    public Found {
      a = List.copyOf(a);
      b = List.copyOf(b);
    }

    /** The same places with the texts swapped. */
    public Found swapped() {
      return new Found(b, a);
    }

    public boolean isEmpty() {
      return a.isEmpty() && b.isEmpty();
    }
  }

  /**
   * One text's words in order, which phrase each belongs to, and where each key occurs: a search
   * looks only at the places of the term's first word.
   */
  private record Words(List<Tokens.Token> tokens, int[] phrase, Map<String, int[]> byKey) {

    static Words of(List<List<Tokens.Token>> phrases) {
      List<Tokens.Token> tokens = new ArrayList<>();
      List<Integer> phraseOf = new ArrayList<>();
      Map<String, List<Integer>> positions = new HashMap<>();
      for (int p = 0; p < phrases.size(); p++) {
        for (Tokens.Token token : phrases.get(p)) {
          positions.computeIfAbsent(token.key(), k -> new ArrayList<>(2)).add(tokens.size());
          tokens.add(token);
          phraseOf.add(p);
        }
      }
      Map<String, int[]> byKey = new HashMap<>(positions.size() * 2);
      positions.forEach((k, v) -> byKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
      return new Words(tokens, phraseOf.stream().mapToInt(Integer::intValue).toArray(), byKey);
    }

    List<Place> places(List<String> keys) {
      List<Place> found = new ArrayList<>();
      int n = keys.size();
      int free = 0;
      for (int at : byKey.getOrDefault(keys.get(0), new int[0])) {
        int last = at + n - 1;
        if (at < free || last >= tokens.size() || phrase[last] != phrase[at]) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < n && all; k++) {
          all = tokens.get(at + k).key().equals(keys.get(k));
        }
        if (all) {
          found.add(new Place(tokens.get(at).start(), tokens.get(last).end()));
          free = last + 1;
        }
      }
      return found;
    }
  }

  private final EquivalenceLexicon lexicon;
  private final Words a;
  private final Words b;

  private TermPlaces(EquivalenceLexicon lexicon, Words a, Words b) {
    this.lexicon = lexicon;
    this.a = a;
    this.b = b;
  }

  /** The words of texts {@code a} and {@code b}, keyed with the spellings {@code lexicon} lists. */
  public static TermPlaces of(EquivalenceLexicon lexicon, String a, String b) {
    Tokens tokens = new Tokens(lexicon);
    return new TermPlaces(lexicon, Words.of(tokens.phrases(a)), Words.of(tokens.phrases(b)));
  }

  /** With the bundled lexicon, as {@link DistinctiveTerms#standard()} keys words. */
  public static TermPlaces standard(String a, String b) {
    return of(EquivalenceLexicon.bundled(), a, b);
  }

  /** The same texts, swapped. */
  public TermPlaces swapped() {
    return new TermPlaces(lexicon, b, a);
  }

  /**
   * Where {@code term} (a term's readable form, as {@link Term#term()} gives it) occurs; none when
   * it holds no word or punctuation.
   */
  public Found find(String term) {
    List<List<Tokens.Token>> phrases = new Tokens(lexicon).phrases(term == null ? "" : term);
    if (phrases.size() != 1) {
      return Found.NONE;
    }
    List<String> keys = phrases.get(0).stream().map(Tokens.Token::key).toList();
    return new Found(a.places(keys), b.places(keys));
  }
}
