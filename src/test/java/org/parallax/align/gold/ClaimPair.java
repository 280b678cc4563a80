package org.parallax.align.gold;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.parallax.model.Link;

/** One side-A claim and one side-B claim said to answer each other: the unit of scoring. */
public record ClaimPair(String a, String b) {

  /**
   * Every claim pair of {@code links}: a link between {a1, a2} and {b1} gives (a1, b1) and (a2,
   * b1). Pairs named by more than one link count once.
   */
  public static Set<ClaimPair> expand(Collection<Link> links) {
    Set<ClaimPair> pairs = new LinkedHashSet<>();
    for (Link link : links) {
      for (String a : link.aClaims()) {
        for (String b : link.bClaims()) {
          pairs.add(new ClaimPair(a, b));
        }
      }
    }
    return pairs;
  }

  @Override
  public String toString() {
    return a + "-" + b;
  }
}
