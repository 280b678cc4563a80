package org.parallax.tagging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * Claims that have no confirmed counterpart: what one side says and the other leaves out ("only in
 * A"). Suggested links do not count as counterparts until the reader confirms them.
 */
public final class Blindspots {
  private Blindspots() {}

  /** The claims of {@code side} that no confirmed link covers, in text order. */
  public static List<Claim> unmatched(Comparison c, Side side) {
    Set<String> matched = matched(c);
    return c.claims(side).stream().filter(claim -> !matched.contains(claim.id())).toList();
  }

  /** Whether claim {@code claimId} has no confirmed link. */
  public static boolean isUnmatched(Comparison c, String claimId) {
    return !matched(c).contains(claimId);
  }

  private static Set<String> matched(Comparison c) {
    Set<String> matched = new HashSet<>();
    for (Link link : c.links()) {
      if (link.status() == LinkStatus.CONFIRMED) {
        matched.addAll(link.aClaims());
        matched.addAll(link.bClaims());
      }
    }
    return matched;
  }
}
