package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

/**
 * Which links the side panel lists. Every criterion must hold; an empty set allows anything.
 *
 * @param relations relation ids to keep; {@code ""} stands for links without a relation
 * @param statuses statuses to keep
 * @param side when present, the search looks only at the claims of this side (a link always has
 *     claims on both sides, so this narrows the search, not the links)
 * @param onlyWithNote keep only links the reader wrote a note on
 * @param search words to find, ignoring case, in the link's id, note, reasons, relation label or
 *     claim text; blank finds everything
 */
public record LinkFilter(
    Set<String> relations,
    Set<LinkStatus> statuses,
    Optional<Side> side,
    boolean onlyWithNote,
    String search) {

  public LinkFilter {
    relations = relations == null ? Set.of() : Set.copyOf(relations);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    side = side == null ? Optional.empty() : side;
    search = search == null ? "" : search.strip();
  }

  /** A filter that keeps every link. */
  public static LinkFilter all() {
    return new LinkFilter(Set.of(), Set.of(), Optional.empty(), false, "");
  }

  /** The links of {@code c} this filter keeps, in the comparison's order. */
  public List<Link> apply(Comparison c) {
    List<Link> kept = new ArrayList<>();
    String needle = search.toLowerCase(Locale.ROOT);
    for (Link link : c.links()) {
      if (matches(c, link, needle)) {
        kept.add(link);
      }
    }
    return kept;
  }

  /** Whether this filter keeps {@code link} of {@code c}. */
  public boolean test(Comparison c, Link link) {
    return matches(c, link, search.toLowerCase(Locale.ROOT));
  }

  /** This filter keeping other relations (empty for any). */
  public LinkFilter withRelations(Set<String> newRelations) {
    return new LinkFilter(newRelations, statuses, side, onlyWithNote, search);
  }

  /** This filter keeping other statuses (empty for any). */
  public LinkFilter withStatuses(Set<LinkStatus> newStatuses) {
    return new LinkFilter(relations, newStatuses, side, onlyWithNote, search);
  }

  /** This filter with another side (empty for both). */
  public LinkFilter withSide(Optional<Side> newSide) {
    return new LinkFilter(relations, statuses, newSide, onlyWithNote, search);
  }

  /** This filter, keeping only items with a note or not. */
  public LinkFilter withOnlyWithNote(boolean newOnlyWithNote) {
    return new LinkFilter(relations, statuses, side, newOnlyWithNote, search);
  }

  /** This filter with other search text. */
  public LinkFilter withSearch(String newSearch) {
    return new LinkFilter(relations, statuses, side, onlyWithNote, newSearch);
  }

  private boolean matches(Comparison c, Link link, String needle) {
    if (!relations.isEmpty() && !relations.contains(link.relation())) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(link.status())) {
      return false;
    }
    if (onlyWithNote && link.note().isBlank()) {
      return false;
    }
    return needle.isEmpty() || searchText(c, link).contains(needle);
  }

  private String searchText(Comparison c, Link link) {
    StringBuilder text = new StringBuilder(link.id()).append('\n').append(link.note());
    link.reasons().forEach(r -> text.append('\n').append(r));
    c.codebook()
        .find(TagTarget.LINK, link.relation())
        .map(TagKind::label)
        .ifPresent(label -> text.append('\n').append(label));
    for (Side s : Side.values()) {
      if (side.isEmpty() || side.get() == s) {
        for (String id : link.claims(s)) {
          c.claim(id).map(claim -> claimText(c, claim)).ifPresent(t -> text.append('\n').append(t));
        }
      }
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static String claimText(Comparison c, Claim claim) {
    return claim.textIn(c.document(claim.side()));
  }
}
