package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
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

  private final EquivalenceLexicon lexicon;
  private final List<List<Tokens.Token>> a;
  private final List<List<Tokens.Token>> b;

  private TermPlaces(
      EquivalenceLexicon lexicon, List<List<Tokens.Token>> a, List<List<Tokens.Token>> b) {
    this.lexicon = lexicon;
    this.a = a;
    this.b = b;
  }

  /** The words of texts {@code a} and {@code b}, keyed with the spellings {@code lexicon} lists. */
  public static TermPlaces of(EquivalenceLexicon lexicon, String a, String b) {
    Tokens tokens = new Tokens(lexicon);
    return new TermPlaces(lexicon, tokens.phrases(a), tokens.phrases(b));
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
    return new Found(places(a, keys), places(b, keys));
  }

  private static List<Place> places(List<List<Tokens.Token>> phrases, List<String> keys) {
    List<Place> found = new ArrayList<>();
    int n = keys.size();
    for (List<Tokens.Token> phrase : phrases) {
      int i = 0;
      while (i + n <= phrase.size()) {
        if (matches(phrase, i, keys)) {
          found.add(new Place(phrase.get(i).start(), phrase.get(i + n - 1).end()));
          i += n;
        } else {
          i++;
        }
      }
    }
    return found;
  }

  private static boolean matches(List<Tokens.Token> phrase, int at, List<String> keys) {
    for (int k = 0; k < keys.size(); k++) {
      if (!phrase.get(at + k).key().equals(keys.get(k))) {
        return false;
      }
    }
    return true;
  }
}
