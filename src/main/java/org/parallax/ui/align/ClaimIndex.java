package org.parallax.ui.align;

import java.util.ArrayList;
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
import org.parallax.ui.Messages;

/** Finds claims by offset and id, and the partners the links give a claim. */
public final class ClaimIndex {
  private final Map<Side, List<Claim>> bySide = new HashMap<>();
  private final Comparison comparison;

  public ClaimIndex(Comparison comparison) {
    for (Side side : Side.values()) {
      List<Claim> claims = new ArrayList<>(comparison.claims(side));
      claims.sort(Comparator.comparingInt(Claim::start));
      bySide.put(side, claims);
    }
    this.comparison = comparison;
  }

  /** The claim of {@code side} whose span holds {@code offset}, if any. */
  public Optional<Claim> claimAt(Side side, int offset) {
    List<Claim> claims = bySide.get(side);
    int low = 0;
    int high = claims.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Claim claim = claims.get(mid);
      if (offset < claim.start()) {
        high = mid - 1;
      } else if (offset >= claim.end()) {
        low = mid + 1;
      } else {
        return Optional.of(claim);
      }
    }
    return Optional.empty();
  }

  public List<Claim> claims(Side side) {
    return bySide.get(side);
  }

  /**
   * The claim a keyboard reader moves to from {@code current} (the claim chosen on {@code side}, or
   * null) with the cursor at {@code caret}: the next claim, or the previous one when not {@code
   * forward}. Without a chosen claim it is the claim at the cursor, else the nearest one that way.
   */
  public Optional<Claim> step(Side side, Claim current, int caret, boolean forward) {
    List<Claim> claims = bySide.get(side);
    if (forward) {
      return claims.stream()
          .filter(c -> current != null ? c.start() > current.start() : c.end() > caret)
          .findFirst();
    }
    Claim previous = null;
    for (Claim claim : claims) {
      if (current != null ? claim.start() >= current.start() : claim.start() > caret) {
        break;
      }
      previous = claim;
    }
    return Optional.ofNullable(previous);
  }

  /** Claims on the other side linked to {@code claim} by links not rejected, best score first. */
  public List<Partner> partnersOf(Claim claim) {
    Map<String, Link> best = new HashMap<>();
    for (Link link : comparison.links()) {
      if (link.status() == LinkStatus.REJECTED || !link.claims(claim.side()).contains(claim.id())) {
        continue;
      }
      for (String otherId : link.claims(claim.side().other())) {
        Link held = best.get(otherId);
        if (held == null || link.score() > held.score()) {
          best.put(otherId, link);
        }
      }
    }
    List<Map.Entry<String, Link>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(
        Comparator.comparingDouble((Map.Entry<String, Link> e) -> -e.getValue().score())
            .thenComparingInt(e -> claim(e.getKey()).start()));
    List<Partner> partners = new ArrayList<>();
    for (Map.Entry<String, Link> entry : ranked) {
      Link link = entry.getValue();
      partners.add(
          new Partner(
              claim(entry.getKey()),
              link.score(),
              withSuggestedRelation(link),
              partners.size() + 1));
    }
    return partners;
  }

  /**
   * The link's reasons, and the relation the aligner suggests while the reader has given none
   * ("suggested: Contradict — 300 residents vs 80 people").
   */
  private List<String> withSuggestedRelation(Link link) {
    if (!link.relation().isEmpty() || link.suggestedRelation().isEmpty()) {
      return link.reasons();
    }
    String label =
        comparison
            .codebook()
            .find(org.parallax.model.TagTarget.LINK, link.suggestedRelation())
            .map(org.parallax.model.TagKind::label)
            .orElse(link.suggestedRelation());
    List<String> reasons = new ArrayList<>(link.reasons());
    reasons.add(
        link.relationReasons().isEmpty()
            ? Messages.get("align.partnerSuggestedOnly", label)
            : Messages.get(
                "align.partnerSuggested", label, String.join("; ", link.relationReasons())));
    return reasons;
  }

  private Claim claim(String id) {
    return comparison.claim(id).orElseThrow();
  }
}
