package org.parallax.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.parallax.model.Side;

/**
 * What the relation rules see of one link: the features of its claims on each side (as the signals
 * computed them) and how close in meaning the closest pair of them is. Each side's words, figures,
 * dates and names are worked out once, on the first rule's request, however many rules ask for
 * them; a link decided before any rule asks for its words is never split into words. Not
 * thread-safe: one thread judges one link.
 */
final class RelationEvidence {
  /** Words after a number that do not say what it counts. */
  private static final Set<String> LINKING =
      Set.of("to", "and", "or", "of", "the", "in", "on", "at", "by", "for", "than", "is", "was");

  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  private final List<ClaimFeatures> a;
  private final List<ClaimFeatures> b;
  private final double meaning;
  private final List<PairedTerm> paired;
  // Worked out on a rule's first request: most links are decided by a rule that never asks for
  // their words, and several rules ask for the same figures or dates.
  private final PerSide<List<String>> words = new PerSide<>();
  private final PerSide<Map<String, String>> figures = new PerSide<>();
  private final PerSide<Set<String>> years = new PerSide<>();
  private final PerSide<Map<String, String>> dates = new PerSide<>();
  private final PerSide<Map<String, String>> names = new PerSide<>();
  private final PerSide<List<Proportions.Share>> shares = new PerSide<>();

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

  /** The claims' words, claim after claim: the words of their texts joined by spaces. */
  private static List<String> split(List<ClaimFeatures> claims) {
    List<String> out = new ArrayList<>();
    for (ClaimFeatures claim : claims) {
      Words.lowerInto(claim.text(), out);
    }
    return Collections.unmodifiableList(out);
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
    return words.get(side, () -> split(claims(side)));
  }

  /**
   * The side's words in lower case that begin with one of {@code starts}, in text order: for a rule
   * that reads only such words, the same answers as {@link #words} at a fraction of the scanning.
   */
  List<String> wordsStartingWith(Side side, WordBeginnings starts) {
    List<String> out = new ArrayList<>();
    for (String word : words(side)) {
      if (starts.begins(word)) {
        out.add(word);
      }
    }
    return out;
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
    return figures.get(side, () -> Collections.unmodifiableMap(figuresOf(side)));
  }

  private Map<String, String> figuresOf(Side side) {
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
    return shares.get(side, () -> List.copyOf(Proportions.find(text(side))));
  }

  /** The side's years ("2019"). */
  Set<String> years(Side side) {
    return years.get(side, () -> Collections.unmodifiableSet(yearsOf(side)));
  }

  private Set<String> yearsOf(Side side) {
    Set<String> out = new LinkedHashSet<>();
    for (ClaimFeatures f : claims(side)) {
      f.numbers().keySet().stream().filter(v -> YEAR.matcher(v).matches()).forEach(out::add);
    }
    return out;
  }

  /** The side's day-and-month dates keyed as "19 September", with their surfaces. */
  Map<String, String> dates(Side side) {
    return dates.get(side, () -> Collections.unmodifiableMap(datesOf(side)));
  }

  private Map<String, String> datesOf(Side side) {
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
    return names.get(side, () -> Collections.unmodifiableMap(namesOf(side)));
  }

  private Map<String, String> namesOf(Side side) {
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
    int[] next = Words.firstFrom(text, at + surface.length());
    if (next == null) {
      return surface;
    }
    String word = text.substring(next[0], next[1]);
    return word.toLowerCase(Locale.ROOT).equals(word)
            && word.length() > 1
            && !LINKING.contains(word)
        ? surface + " " + word
        : surface;
  }

  /** A value for each side, made on first request (evidence is read by one thread). */
  private static final class PerSide<T> {
    private T a;
    private T b;

    T get(Side side, Supplier<T> make) {
      if (side == Side.A) {
        if (a == null) {
          a = make.get();
        }
        return a;
      }
      if (b == null) {
        b = make.get();
      }
      return b;
    }
  }
}
