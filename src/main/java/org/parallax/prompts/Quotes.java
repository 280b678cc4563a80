package org.parallax.prompts;

import java.util.List;
import java.util.stream.Collectors;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

/** Claims' words as a question quotes them: joined, on one line, cut at a word when long. */
final class Quotes {
  /** About two lines on a projector. */
  static final int MAX_CHARS = 160;

  private Quotes() {}

  /** The words of the claims {@code ids} of {@code side}, joined with spaces. */
  static String of(Comparison c, Side side, List<String> ids) {
    String joined =
        ids.stream()
            .map(id -> c.claim(id).filter(claim -> claim.side() == side))
            .flatMap(java.util.Optional::stream)
            .map(claim -> claim.textIn(c.document(side)))
            .collect(Collectors.joining(" "));
    return shortened(joined);
  }

  /** The words of {@code claim}. */
  static String of(Comparison c, Claim claim) {
    return shortened(claim.textIn(c.document(claim.side())));
  }

  /** {@code text} on one line, cut before the word that would pass {@link #MAX_CHARS}. */
  static String shortened(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    if (line.length() <= MAX_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX_CHARS);
    if (cut < MAX_CHARS / 2) {
      cut = MAX_CHARS;
    }
    return line.substring(0, cut).replaceAll("[\\s,;:.\u2013\u2014-]+$", "") + "\u2026";
  }
}
