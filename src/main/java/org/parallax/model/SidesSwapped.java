package org.parallax.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison seen from the other side: the right essay becomes the left one, and every claim,
 * link and term goes with its essay (and every prompt's claims with theirs). Claim ids follow their
 * side's letter ({@code A12} becomes {@code B12}); links, relations, notes, statuses and times are
 * kept as they were, so swapping twice gives the comparison back.
 */
public final class SidesSwapped {
  private SidesSwapped() {}

  public static Comparison of(Comparison c) {
    List<Claim> claims = new ArrayList<>();
    for (Side side : new Side[] {Side.B, Side.A}) {
      for (Claim claim : c.claims(side)) {
        claims.add(new Claim(claimId(claim.id()), other(side), claim.start(), claim.end()));
      }
    }
    List<Link> links = new ArrayList<>(c.links().size());
    for (Link l : c.links()) {
      List<String> a = l.bClaims().stream().map(SidesSwapped::claimId).toList();
      List<String> b = l.aClaims().stream().map(SidesSwapped::claimId).toList();
      links.add(l.withClaims(a, b, l.modified()));
    }
    List<TermTag> terms = c.terms().stream().map(t -> t.onSide(other(t.side()))).toList();
    List<Prompt> prompts =
        c.prompts().stream()
            .map(p -> p.about(p.about().stream().map(SidesSwapped::claimId).toList()))
            .toList();
    return new Comparison(
        c.title(),
        c.annotator(),
        c.b(),
        c.a(),
        claims,
        links,
        terms,
        c.codebook(),
        prompts,
        c.created(),
        c.modified());
  }

  /** The id a claim takes on the other side: its side letter changes, the rest stays. */
  static String claimId(String id) {
    if (id.startsWith("A")) {
      return "B" + id.substring(1);
    }
    if (id.startsWith("B")) {
      return "A" + id.substring(1);
    }
    return id;
  }

  private static Side other(Side side) {
    return side == Side.A ? Side.B : Side.A;
  }
}
