package org.parallax.framing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.SpellingKey;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits a text into phrases (runs of words between punctuation) of keyed words. A word is a run of
 * letters and digits; a hyphen or apostrophe between two such runs keeps them one word
 * ("anti-terrorist", "so-called"), and a possessive "'s" is dropped. A word's key is its lower-case
 * form folded by {@link SpellingKey} ("Yevlax" = "Yevlakh"), then by the spelling variants the
 * lexicon lists for one name ("Xankəndi" = "Khankendi", see {@link SpellingVariants}), then stemmed
 * with Snowball's English stemmer part by part ("measures" = "measure"). Stop words (Snowball's
 * English list, as Lucene ships it) and numbers ("2023", "19th") are marked, so n-grams can avoid
 * them at their ends. Not thread-safe (the stemmer keeps state): one instance per call.
 */
final class Tokens {

  /**
   * A word: the spelling in the text, its key, whether it may not start or end a term, and where it
   * stands in the text, {@code [start, end)} (without a possessive "'s").
   */
  record Token(String surface, String key, boolean weak, int start, int end) {}

  private static final CharArraySet STOP_WORDS = snowballStopWords();

  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> keys = new HashMap<>();
  private final SpellingVariants variants;

  Tokens(EquivalenceLexicon lexicon) {
    this.variants = SpellingVariants.of(lexicon);
  }

  /** The phrases of {@code text}, each a list of tokens with no punctuation between them. */
  List<List<Token>> phrases(String text) {
    List<List<Token>> phrases = new ArrayList<>();
    List<Token> phrase = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        i = wordEnd(text, i);
        phrase.add(token(text.substring(start, i), start));
        continue;
      }
      if (!Character.isWhitespace(cp) && !phrase.isEmpty()) {
        phrases.add(phrase);
        phrase = new ArrayList<>();
      }
      i += Character.charCount(cp);
    }
    if (!phrase.isEmpty()) {
      phrases.add(phrase);
    }
    return phrases;
  }

  private static int wordEnd(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '\u0307') {
        i += Character.charCount(cp);
      } else if (isJoiner(cp) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
        i += 1;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isJoiner(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011' || isApostrophe(cp);
  }

  /** Apostrophes as essays type them: straight, curly, the modifier letter and the backtick. */
  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`';
  }

  /** The key of one lower-case word, as a word of a text gets it. */
  String keyOf(String lower) {
    return keys.computeIfAbsent(lower, this::key);
  }

  private Token token(String word, int start) {
    String surface =
        word.replaceAll("[\u2019\u2018\u02BC`]", "'").replace('\u2010', '-').replace('\u2011', '-');
    String lower = surface.toLowerCase(Locale.ROOT);
    if (lower.endsWith("'s")) {
      lower = lower.substring(0, lower.length() - 2);
      surface = surface.substring(0, surface.length() - 2);
    }
    boolean weak = STOP_WORDS.contains(lower) || isNumber(lower);
    return new Token(
        surface, keys.computeIfAbsent(lower, this::key), weak, start, start + surface.length());
  }

  private String key(String lower) {
    String[] parts = lower.split("-", -1);
    StringBuilder key = new StringBuilder(lower.length());
    for (int p = 0; p < parts.length; p++) {
      if (p > 0) {
        key.append('-');
      }
      String folded = variants.canonical(SpellingKey.of(parts[p]));
      stemmer.setCurrent(folded);
      stemmer.stem();
      key.append(stemmer.getCurrent());
    }
    return key.toString();
  }

  /** A number, year or ordinal ("2023", "19th"): a word with a digit and no hyphen. */
  private static boolean isNumber(String lower) {
    return lower.indexOf('-') < 0 && lower.chars().anyMatch(Character::isDigit);
  }

  private static CharArraySet snowballStopWords() {
    try (Reader reader =
        IOUtils.getDecodingReader(
            SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's English stop list is missing", e);
    }
  }
}
