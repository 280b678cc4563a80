package org.parallax.align.gold;

import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Document;

/**
 * Finds the claim a gold quote names: the claim whose span contains the quote's first character. A
 * quote must occur exactly once in its document; anything else is a defect of the gold file and
 * fails with a message naming where the quote came from.
 */
public final class QuoteLocator {

  private QuoteLocator() {}

  /**
   * The claim of {@code claims} that holds {@code quote}.
   *
   * @param where where the quote was read, such as {@code alder-dam/links.tsv line 7, a.txt}
   * @throws IllegalArgumentException if the quote is missing, occurs more than once, or starts
   *     outside every claim
   */
  public static Claim claimFor(String quote, Document document, List<Claim> claims, String where) {
    int start = uniqueOffset(quote, document.text(), where);
    return claims.stream()
        .filter(claim -> claim.contains(start))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    where + ": quote \"" + quote + "\" starts outside every claim"));
  }

  /** The only offset of {@code quote} in {@code text}. */
  public static int uniqueOffset(String quote, String text, String where) {
    int first = text.indexOf(quote);
    if (first < 0) {
      throw new IllegalArgumentException(where + ": quote \"" + quote + "\" does not occur");
    }
    int count = 0;
    for (int at = first; at >= 0; at = text.indexOf(quote, at + 1)) {
      count++;
    }
    if (count > 1) {
      throw new IllegalArgumentException(
          where + ": quote \"" + quote + "\" occurs " + count + " times; it must be unique");
    }
    return first;
  }
}
