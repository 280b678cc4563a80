package org.parallax.tagging;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * Next and previous link in the reading order of one side: links ordered by where their first claim
 * on that side starts, then by where their first claim on the other side starts. Rejected links are
 * skipped. Navigation stops at the ends rather than wrapping around.
 */
public final class Navigation {
  private Navigation() {}

  /** The links that are not rejected, in the reading order of {@code side}. */
  public static List<Link> inReadingOrder(Comparison c, Side side) {
    Comparator<Link> order = order(c, side);
    return c.links().stream().filter(l -> l.status() != LinkStatus.REJECTED).sorted(order).toList();
  }

  /**
   * The link after {@code currentLinkId} in the reading order of {@code side}; the first link when
   * there is no current link (or it no longer exists); empty after the last.
   */
  public static Optional<Link> next(Comparison c, Side side, Optional<String> currentLinkId) {
    List<Link> ordered = inReadingOrder(c, side);
    Optional<Link> current = current(c, currentLinkId);
    if (current.isEmpty()) {
      return ordered.stream().findFirst();
    }
    Comparator<Link> order = order(c, side);
    return ordered.stream().filter(l -> order.compare(l, current.get()) > 0).findFirst();
  }

  /**
   * The link before {@code currentLinkId} in the reading order of {@code side}; the last link when
   * there is no current link (or it no longer exists); empty before the first.
   */
  public static Optional<Link> previous(Comparison c, Side side, Optional<String> currentLinkId) {
    List<Link> ordered = inReadingOrder(c, side);
    Optional<Link> current = current(c, currentLinkId);
    if (current.isEmpty()) {
      return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
    }
    Comparator<Link> order = order(c, side);
    Link found = null;
    for (Link link : ordered) {
      if (order.compare(link, current.get()) < 0) {
        found = link;
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<Link> current(Comparison c, Optional<String> id) {
    return id.flatMap(wanted -> c.links().stream().filter(l -> l.id().equals(wanted)).findFirst());
  }

  private static Comparator<Link> order(Comparison c, Side side) {
    Map<String, Integer> starts = new HashMap<>();
    for (Claim claim : c.claims()) {
      starts.put(claim.id(), claim.start());
    }
    Map<Link, Integer> places = new HashMap<>();
    for (int i = 0; i < c.links().size(); i++) {
      places.putIfAbsent(c.links().get(i), i);
    }
    Comparator<Link> bySide = Comparator.comparingInt(l -> first(l.claims(side), starts));
    return bySide
        .thenComparingInt(l -> first(l.claims(side.other()), starts))
        .thenComparingInt(l -> places.getOrDefault(l, Integer.MAX_VALUE));
  }

  private static int first(List<String> claimIds, Map<String, Integer> starts) {
    int min = Integer.MAX_VALUE;
    for (String id : claimIds) {
      min = Math.min(min, starts.getOrDefault(id, Integer.MAX_VALUE));
    }
    return min;
  }
}
