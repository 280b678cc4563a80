package org.parallax.summary;

import java.util.List;

/**
 * The figures of one essay.
 *
 * @param name what the side is called (its perspective, else its title)
 * @param claims how many claims it has
 * @param matched how many of them a confirmed link covers
 * @param frames its confirmed term tags per frame, frames in use only, in codebook order
 * @param topTerms its most tagged terms, most first
 * @param marks where its confirmed links fall, in text order
 */
public record SideSummary(
    String name,
    int claims,
    int matched,
    List<Tally> frames,
    List<TermUse> topTerms,
    List<LinkMark> marks) {

  public SideSummary {
    frames = List.copyOf(frames);
    topTerms = List.copyOf(topTerms);
    marks = List.copyOf(marks);
  }

  /** The share of its claims that have a counterpart, 0 when it has none. */
  public double matchedShare() {
    return claims == 0 ? 0 : (double) matched / claims;
  }

  /** How many claims have no counterpart: its blindspots. */
  public int unmatched() {
    return claims - matched;
  }
}
