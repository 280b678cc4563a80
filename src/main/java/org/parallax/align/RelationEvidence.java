package org.parallax.align;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Side;

/**
 * What the relation rules see of one link: the features of its claims on each side (as the signals
 * computed them) and how close in meaning the closest pair of them is. Each side's words are split
 * once, here, however many rules ask for them.
 */
final class RelationEvidence {
  /** Words after a number that do not say what it counts. */
  private static final Set<String> LINKING =
      Set.of("to", "and", "or", "of", "the", "in", "on", "at", "by", "for", "than", "is", "was");

  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  private final List<ClaimFeatures> a;
  private final List<ClaimFeatures> b;
  private final double meaning;
  private final List<String> wordsA;
  private final List<String> wordsB;
  private final List<PairedTerm> paired;

  /**
   * @param a features of the link's side-A claims, in text order
   * @param b features of the link's side-B claims
   * @param meaning the highest meaning similarity of an A×B claim pair, or NaN without the model
   */
  RelationEvidence(List<ClaimFeatures> a, List<ClaimFeatures> b, double meaning) {
    this(a, b, meaning, List.of());
  }

  /**
   * Evidence that also knows the framing terms the reader paired ({@link ReadersPairedTerms}).
   *
   * @param paired the reader's paired terms, A's words first
   */
  RelationEvidence(
      List<ClaimFeatures> a, List<ClaimFeatures> b, double meaning, List<PairedTerm> paired) {
    this.paired = List.copyOf(paired);
    this.a = List.copyOf(a);
    this.b = List.copyOf(b);
    this.meaning = meaning;
    this.wordsA = split(this.a);
    this.wordsB = split(this.b);
  }

  List<ClaimFeatures> a() {
    return a;
  }

  List<ClaimFeatures> b() {
    return b;
  }

  double meaning() {
    return meaning;
  }

  /** The framing terms the reader paired, A's words first; empty when none were given. */
  List<PairedTerm> paired() {
    return paired;
  }

  private static List<String> split(List<ClaimFeatures> claims) {
    String text = String.join(" ", claims.stream().map(ClaimFeatures::text).toList());
    return Words.of(text).stream().map(Words.Word::lower).toList();
  }

  /** Evidence for hand-written claims, as tests and tools give them. */
  static RelationEvidence of(
      FeatureExtractor extractor, List<String> a, List<String> b, double meaning) {
    return new RelationEvidence(
        a.stream().map(extractor::extract).toList(),
        b.stream().map(extractor::extract).toList(),
        meaning);
  }

  List<ClaimFeatures> claims(Side side) {
    return side == Side.A ? a : b;
  }

  /** The side's claims as one text. */
  String text(Side side) {
    return String.join(" ", claims(side).stream().map(ClaimFeatures::text).toList());
  }

  /** The side's words in lower case, in text order. */
  List<String> words(Side side) {
    return side == Side.A ? wordsA : wordsB;
  }

  /** The side's words in lower case, once each. */
  Set<String> wordSet(Side side) {
    return new LinkedHashSet<>(words(side));
  }

  /**
   * The side's figures: numbers other than years, keyed by value ("14000000"), with the surface and
   * the word after it ("300 residents").
   */
  Map<String, String> figures(Side side) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ClaimFeatures f : claims(side)) {
      f.numbers()
          .forEach(
              (value, surface) -> {
                if (!YEAR.matcher(value).matches()) {
                  out.putIfAbsent(value, withNextWord(f.text(), surface));
                }
              });
    }
    return out;
  }

  /** The side's shares ("a third", "two thirds", "33%"), in text order. */
  List<Proportions.Share> shares(Side side) {
    return Proportions.find(text(side));
  }

  /** The side's years ("2019"). */
  Set<String> years(Side side) {
    Set<String> out = new LinkedHashSet<>();
    for (ClaimFeatures f : claims(side)) {
      f.numbers().keySet().stream().filter(v -> YEAR.matcher(v).matches()).forEach(out::add);
    }
    return out;
  }

  /** The side's day-and-month dates keyed as "19 September", with their surfaces. */
  Map<String, String> dates(Side side) {
    Map<String, String> out = new LinkedHashMap<>();
    claims(side)
        .forEach(
            f ->
                f.dates()
                    .forEach(
                        (key, surface) ->
                            out.putIfAbsent(
                                key,
                                surface.endsWith(".")
                                    ? surface.substring(0, surface.length() - 1)
                                    : surface)));
    return out;
  }

  /** The side's names keyed by spelling key or lexicon referent, with their surfaces. */
  Map<String, String> names(Side side) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ClaimFeatures f : claims(side)) {
      f.names()
          .forEach(
              (key, surface) -> {
                String k =
                    key.startsWith(ClaimFeatures.OPENER)
                        ? key.substring(ClaimFeatures.OPENER.length())
                        : key;
                out.putIfAbsent(k, surface);
              });
    }
    return out;
  }

  /** How many claims the side has. */
  int size(Side side) {
    return claims(side).size();
  }

  private static String withNextWord(String text, String surface) {
    int at = text.indexOf(surface);
    if (at < 0) {
      return surface;
    }
    List<Words.Word> after = Words.of(text.substring(at + surface.length()));
    if (after.isEmpty()) {
      return surface;
    }
    Words.Word next = after.get(0);
    String word = text.substring(at + surface.length()).substring(next.start(), next.end());
    return word.toLowerCase(Locale.ROOT).equals(word)
            && word.length() > 1
            && !LINKING.contains(word)
        ? surface + " " + word
        : surface;
  }
}
