package org.parallax.align.gold;

import java.util.List;

/**
 * One hand-made link of a gold pair: the quotes naming its claims on each side and the relation.
 *
 * @param aQuotes one quote per side-A claim of the link, each occurring exactly once in {@code
 *     a.txt}
 * @param bQuotes one quote per side-B claim of the link, each occurring exactly once in {@code
 *     b.txt}
 * @param relation agree, contradict, reframe or partial
 * @param line the line of {@code links.tsv} it was read from, for error messages
 */
public record GoldLink(List<String> aQuotes, List<String> bQuotes, String relation, int line) {

  /** The relations a gold link may carry. */
  public static final List<String> RELATIONS = List.of("agree", "contradict", "reframe", "partial");

  public GoldLink {
    aQuotes = List.copyOf(aQuotes);
    bQuotes = List.copyOf(bQuotes);
    if (aQuotes.isEmpty() || bQuotes.isEmpty()) {
      throw new IllegalArgumentException("line " + line + ": a link needs a quote on each side");
    }
    if (aQuotes.stream().anyMatch(String::isBlank) || bQuotes.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("line " + line + ": a quote is empty");
    }
    if (!RELATIONS.contains(relation)) {
      throw new IllegalArgumentException(
          "line " + line + ": relation must be one of " + RELATIONS + ", was '" + relation + "'");
    }
  }
}
