package org.parallax.align;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Computes {@link ClaimFeatures}: Lucene's English analysis (standard tokenizer, possessives, stop
 * words, Porter stemming) for terms; the equivalence lexicon for contested names; capitalised words
 * for other names, keyed by {@link SpellingKey} so that Azerbaijani and English spellings meet; and
 * patterns for dates and numbers. Thread-safe.
 */
final class FeatureExtractor {

  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /** Days written as ordinal words, "first" to "thirty-first", to their numbers. */
  private static final Map<String, Integer> ORDINAL_DAYS = ordinalDays();

  /**
   * "19 September", "September 19th", "the 19th of September" and "the nineteenth of September" (a
   * day in words needs the "of", so "the second March" is not taken for a date).
   */
  private static final Pattern DATE =
      Pattern.compile(
          MONTHS
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTHS
              + "|\\b(?i:("
              + String.join("|", ORDINAL_DAYS.keySet())
              + "))\\s+of\\s+"
              + MONTHS);

  private static final Set<String> MONTH_PREFIXES =
      Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private static final String[] MONTH_NAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** Titles written short before a name ("Gen. Petrosyan"): the name is the person, not these. */
  private static final Set<String> SHORT_TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "amb", "gov", "sen",
          "rep", "pres", "st", "jr", "sr");

  /** Capitalised words that begin sentences without naming anything. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "however",
          "although",
          "though",
          "since",
          "thus",
          "therefore",
          "yet",
          "still",
          "even",
          "also",
          "many",
          "most",
          "some",
          "such",
          "both",
          "each",
          "every",
          "once",
          "while",
          "whereas",
          "after",
          "before",
          "during",
          "today",
          "now",
          "meanwhile",
          "instead",
          "indeed",
          "gradually",
          "nonetheless",
          "nevertheless",
          "moreover",
          "having",
          "according",
          "from",
          "with",
          "without",
          "much",
          "few",
          "several",
          "only",
          "in",
          "on",
          "at",
          "as",
          "for",
          "by",
          "to",
          "of",
          "our",
          "their",
          "his",
          "her",
          "its",
          "we",
          "they",
          "he",
          "she",
          "it",
          "i",
          "you",
          "what",
          "who",
          "why",
          "how",
          "when",
          "where",
          "here",
          "there",
          "those",
          "these",
          "this",
          "that",
          "the",
          "a",
          "an",
          "one",
          "two",
          "three",
          "mr",
          "ms",
          "dr",
          "p",
          "s");

  private final EquivalenceLexicon lexicon;

  /** Snowball's English stop list (about 170 words), fuller than the analyzer's default. */
  private static final CharArraySet STOP_WORDS = snowballStopWords();

  private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);

  FeatureExtractor(EquivalenceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  ClaimFeatures extract(String text) {
    char[] masked = text.toCharArray();
    Map<String, String> names = new LinkedHashMap<>();
    List<int[]> referentAt = new ArrayList<>();
    for (EquivalenceLexicon.Hit hit : lexicon.find(text)) {
      String key = ClaimFeatures.referentKey(hit.referent());
      names.putIfAbsent(key, text.substring(hit.start(), hit.end()));
      referentAt.add(new int[] {hit.start(), hit.referent()});
      Arrays.fill(masked, hit.start(), hit.end(), ' ');
    }
    String rest = new String(masked);
    Map<String, String> dates = new LinkedHashMap<>();
    String undated = rest;
    if (mayHoldDate(rest)) {
      char[] blanked = rest.toCharArray();
      Matcher date = DATE.matcher(rest);
      while (date.find()) {
        dates.putIfAbsent(day(date) + " " + fullMonth(month(date)), date.group());
        Arrays.fill(blanked, date.start(), date.end(), ' ');
      }
      undated = dates.isEmpty() ? rest : new String(blanked);
    }
    Map<String, String> numbers = NumberWords.find(undated);
    properNames(text, rest, names);
    Map<String, String> surfaces = new LinkedHashMap<>();
    List<String> terms = terms(rest, referentAt, text, surfaces);
    return new ClaimFeatures(text, terms, surfaces, names, dates, numbers);
  }

  private List<String> terms(
      String rest, List<int[]> referentAt, String text, Map<String, String> surfaces) {
    List<String> terms = new ArrayList<>();
    int next = 0; // referents come left to right: each goes before the first word after it
    try (TokenStream stream = analyzer.tokenStream("claim", rest)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        for (; next < referentAt.size() && referentAt.get(next)[0] < offset.startOffset(); next++) {
          terms.add(ClaimFeatures.referentKey(referentAt.get(next)[1]));
        }
        String t = term.toString();
        terms.add(t);
        surfaces.putIfAbsent(
            t, withoutPossessive(text.substring(offset.startOffset(), offset.endOffset())));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (; next < referentAt.size(); next++) {
      terms.add(ClaimFeatures.referentKey(referentAt.get(next)[1]));
    }
    return terms;
  }

  /** "Pashinyan’s" shows as "Pashinyan", as the possessive filter compares it. */
  private static String withoutPossessive(String word) {
    int n = word.length();
    if (n > 2
        && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
        && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
      return word.substring(0, n - 2);
    }
    return word;
  }

  /** Adds capitalised words outside lexicon names; a run of them is shown as one name. */
  private void properNames(String text, String rest, Map<String, String> names) {
    List<Words.Word> words = Words.of(rest);
    for (int i = 0; i < words.size(); i++) {
      Words.Word word = words.get(i);
      if (!isName(rest, word, i == 0)) {
        continue;
      }
      int j = i;
      while (j + 1 < words.size()
          && isName(rest, words.get(j + 1), false)
          && rest.substring(words.get(j).end(), words.get(j + 1).start()).equals(" ")) {
        j++;
      }
      String surface = text.substring(word.start(), words.get(j).end());
      for (int k = i; k <= j; k++) {
        String key = SpellingKey.of(words.get(k).lower());
        names.putIfAbsent(k == 0 ? ClaimFeatures.OPENER + key : key, surface);
      }
      i = j;
    }
  }

  private boolean isName(String rest, Words.Word word, boolean sentenceStart) {
    char first = rest.charAt(word.start());
    if (!Character.isUpperCase(first) || Character.isDigit(first)) {
      return false;
    }
    if (NOT_NAMES.contains(word.lower()) || STOP_WORDS.contains(word.lower())) {
      return false;
    }
    if (isMonth(word.lower())) {
      return false;
    }
    if (word.lower().length() == 1) {
      return false; // an initial ("J. R. Brown") or a letter of "U.S." names nothing alone
    }
    return !(SHORT_TITLES.contains(word.lower())
        && word.end() < rest.length()
        && rest.charAt(word.end()) == '.');
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

  /**
   * Whether {@code text} holds one of the capitalised three letters every month name in {@link
   * #DATE} starts with; the date pattern, tried at every position, is the slow part of a long text.
   */
  private static boolean mayHoldDate(String text) {
    for (int i = 0; i + 3 <= text.length(); i++) {
      if ("JFMASOND".indexOf(text.charAt(i)) >= 0
          && MONTH_PREFIXES.contains(text.substring(i, i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMonth(String lower) {
    for (String month : MONTH_NAMES) {
      if (month.toLowerCase(Locale.ROOT).startsWith(lower) && lower.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  private static String month(Matcher date) {
    for (int group : new int[] {1, 4, 6}) {
      if (date.group(group) != null) {
        return date.group(group);
      }
    }
    throw new IllegalStateException("a date without a month: " + date.group());
  }

  private static int day(Matcher date) {
    if (date.group(2) != null) {
      return Integer.parseInt(date.group(2));
    }
    if (date.group(3) != null) {
      return Integer.parseInt(date.group(3));
    }
    return ORDINAL_DAYS.get(date.group(5).toLowerCase(Locale.ROOT));
  }

  private static Map<String, Integer> ordinalDays() {
    String[] first = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
    };
    String[] teens = {
      "tenth",
      "eleventh",
      "twelfth",
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth"
    };
    Map<String, Integer> days = new LinkedHashMap<>();
    for (int i = 0; i < first.length; i++) {
      days.put("twenty-" + first[i], 21 + i);
      days.put("twenty " + first[i], 21 + i);
    }
    days.put("thirty-first", 31);
    days.put("thirty first", 31);
    days.put("twentieth", 20);
    days.put("thirtieth", 30);
    for (int i = 0; i < teens.length; i++) {
      days.put(teens[i], 10 + i);
    }
    for (int i = 0; i < first.length; i++) {
      days.put(first[i], 1 + i);
    }
    return days;
  }

  private static String fullMonth(String abbreviation) {
    String lower = abbreviation.toLowerCase(Locale.ROOT);
    for (String month : MONTH_NAMES) {
      if (month.toLowerCase(Locale.ROOT).startsWith(lower.substring(0, 3))) {
        return month;
      }
    }
    return abbreviation;
  }
}
