package org.parallax.tagging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;

/** Edits of links: accept, reject, link by hand, unlink, relation and note. */
final class LinkEdits {
  static final String BY_HAND = "linked by hand";

  private final EditContext context;

  LinkEdits(EditContext context) {
    this.context = context;
  }

  Change accept(Comparison c, String linkId) {
    int i = Lookup.link(c, linkId);
    Link old = c.links().get(i);
    String suggested = old.suggestedRelation();
    if (old.status() == LinkStatus.SUGGESTED
        && old.relation().isEmpty()
        && !suggested.isEmpty()
        && c.codebook().find(TagTarget.LINK, suggested).isPresent()) {
      // Accepting a suggestion accepts the relation suggested with it; A/C/R/P still override.
      Link accepted = context.signed(old, LinkStatus.CONFIRMED, suggested, old.note());
      return new Steps(
          "Accept link "
              + linkId
              + " as "
              + c.codebook().find(TagTarget.LINK, suggested).get().label(),
          List.of(new Replace<>(Part.LINKS, i, old, accepted)));
    }
    return status(c, linkId, LinkStatus.CONFIRMED, "Accept link ");
  }

  Change reject(Comparison c, String linkId) {
    return status(c, linkId, LinkStatus.REJECTED, "Reject link ");
  }

  Change link(Comparison c, List<String> aIds, List<String> bIds, String relation) {
    List<String> a = claims(c, aIds, Side.A);
    List<String> b = claims(c, bIds, Side.B);
    String rel = relation(c, relation);
    String description = "Link " + String.join(", ", a) + " ↔ " + String.join(", ", b);
    List<Link> links = c.links();
    for (int i = 0; i < links.size(); i++) {
      Link old = links.get(i);
      if (Set.copyOf(old.aClaims()).equals(Set.copyOf(a))
          && Set.copyOf(old.bClaims()).equals(Set.copyOf(b))) {
        if (old.status() == LinkStatus.CONFIRMED) {
          throw new IllegalArgumentException(
              "These claims are already linked: "
                  + String.join(", ", old.aClaims())
                  + " \u2194 "
                  + String.join(", ", old.bClaims())
                  + ".");
        }
        Link confirmed =
            context.signed(
                old, LinkStatus.CONFIRMED, rel.isEmpty() ? old.relation() : rel, old.note());
        return new Steps(description, List.of(new Replace<>(Part.LINKS, i, old, confirmed)));
      }
    }
    String id = Ids.next("L", links.stream().map(Link::id).toList(), context.reserved());
    Link link =
        new Link(
            id,
            a,
            b,
            LinkStatus.CONFIRMED,
            rel,
            0,
            List.of(BY_HAND),
            "",
            context.annotator(),
            context.now(),
            context.now());
    return new Steps(description, List.of(new Insert<>(Part.LINKS, links.size(), link)));
  }

  /**
   * Replaces the suggestions the reader has not touched with {@code fresh} ones, made by aligning
   * the comparison's own claims again (with other settings, say). Every link the reader confirmed,
   * rejected, gave a relation or a note stays as it is; a fresh suggestion joining any claim pair
   * one of those joins (the reader has decided on it), or naming a claim that no longer exists, is
   * left out. A fresh suggestion joining the same claims as an old untouched one takes over its id;
   * the others get new ids.
   */
  Change suggestAgain(Comparison c, List<Link> fresh) {
    Map<List<Set<String>>, Link> untouched = new HashMap<>();
    Set<List<Set<String>>> joined = new HashSet<>();
    Set<List<String>> decidedPairs = new HashSet<>();
    for (Link link : c.links()) {
      if (link.touchedByReader()) {
        joined.add(ends(link));
        decidedPairs.addAll(pairs(link));
      } else {
        untouched.put(ends(link), link);
      }
    }
    List<String> used = new ArrayList<>(c.links().stream().map(Link::id).toList());
    Set<String> claims = new HashSet<>(c.claims().stream().map(Claim::id).toList());
    Map<String, Link> renewed = new HashMap<>();
    List<Link> added = new ArrayList<>();
    for (Link s : fresh) {
      boolean known = claims.containsAll(s.aClaims()) && claims.containsAll(s.bClaims());
      if (!known || pairs(s).stream().anyMatch(decidedPairs::contains) || !joined.add(ends(s))) {
        continue;
      }
      Link old = untouched.get(ends(s));
      if (old == null) {
        String id = Ids.next("L", used, context.reserved());
        used.add(id);
        added.add(suggestion(id, s, context.now()));
      } else if (old.score() == s.score()
          && old.reasons().equals(s.reasons())
          && old.suggestedRelation().equals(s.suggestedRelation())
          && old.relationReasons().equals(s.relationReasons())) {
        renewed.put(old.id(), old);
      } else {
        renewed.put(old.id(), suggestion(old.id(), s, old.created()));
      }
    }
    List<Link> links = new ArrayList<>();
    for (Link link : c.links()) {
      if (link.touchedByReader()) {
        links.add(link);
      } else if (renewed.containsKey(link.id())) {
        links.add(renewed.get(link.id()));
      }
    }
    links.addAll(added);
    String description = "Suggest links again";
    if (links.equals(c.links())) {
      return Steps.none(description);
    }
    return new Steps(description, List.of(new ReplaceAll<>(Part.LINKS, c.links(), links)));
  }

  /**
   * Gives the suggestions the reader has not touched the suggested relations of {@code renewed}
   * (links with the same ids and claims, their relations made again, say after the reader paired
   * framing terms). Other links, and links {@code renewed} does not name, stay as they are.
   */
  Change renewSuggestedRelations(Comparison c, List<Link> renewed) {
    Map<String, Link> byId = new HashMap<>();
    renewed.forEach(link -> byId.put(link.id(), link));
    List<Change> steps = new ArrayList<>();
    for (int i = 0; i < c.links().size(); i++) {
      Link old = c.links().get(i);
      Link made = byId.get(old.id());
      if (made == null
          || old.touchedByReader()
          || !ends(made).equals(ends(old))
          || (made.suggestedRelation().equals(old.suggestedRelation())
              && made.relationReasons().equals(old.relationReasons()))) {
        continue;
      }
      steps.add(
          new Replace<>(
              Part.LINKS,
              i,
              old,
              old.withSuggestedRelation(made.suggestedRelation(), made.relationReasons())));
    }
    return new Steps("Suggest relations again", steps);
  }

  /** Every claim pair a link joins, as {@code [a, b]}. */
  private static List<List<String>> pairs(Link link) {
    List<List<String>> pairs = new ArrayList<>();
    for (String a : link.aClaims()) {
      for (String b : link.bClaims()) {
        pairs.add(List.of(a, b));
      }
    }
    return pairs;
  }

  private Link suggestion(String id, Link made, Instant created) {
    return new Link(
        id,
        made.aClaims(),
        made.bClaims(),
        LinkStatus.SUGGESTED,
        "",
        made.score(),
        made.reasons(),
        "",
        "",
        created,
        context.now(),
        made.suggestedRelation(),
        made.relationReasons());
  }

  private static List<Set<String>> ends(Link link) {
    return List.of(Set.copyOf(link.aClaims()), Set.copyOf(link.bClaims()));
  }

  Change unlink(Comparison c, String linkId) {
    int i = Lookup.link(c, linkId);
    return new Steps("Unlink " + linkId, List.of(new Remove<>(Part.LINKS, i, c.links().get(i))));
  }

  Change setRelation(Comparison c, String linkId, String relation) {
    int i = Lookup.link(c, linkId);
    Link old = c.links().get(i);
    String rel = relation(c, relation);
    String description =
        rel.isEmpty()
            ? "Clear relation of " + linkId
            : "Set relation of "
                + linkId
                + " to "
                + c.codebook().find(TagTarget.LINK, rel).get().label();
    if (old.relation().equals(rel)) {
      return Steps.none(description);
    }
    // Giving a relation is the reader's decision on the link: it confirms it in the same step.
    LinkStatus status = rel.isEmpty() ? old.status() : LinkStatus.CONFIRMED;
    Link changed = context.signed(old, status, rel, old.note());
    return new Steps(description, List.of(new Replace<>(Part.LINKS, i, old, changed)));
  }

  Change setNote(Comparison c, String linkId, String note) {
    int i = Lookup.link(c, linkId);
    Link old = c.links().get(i);
    String text = note == null ? "" : note;
    String description = "Edit note of " + linkId;
    if (old.note().equals(text)) {
      return Steps.none(description);
    }
    Link changed = context.signed(old, old.status(), old.relation(), text);
    return new Steps(description, List.of(new Replace<>(Part.LINKS, i, old, changed)));
  }

  private Change status(Comparison c, String linkId, LinkStatus status, String verb) {
    int i = Lookup.link(c, linkId);
    Link old = c.links().get(i);
    if (old.status() == status) {
      return Steps.none(verb + linkId);
    }
    Link changed = context.signed(old, status, old.relation(), old.note());
    return new Steps(verb + linkId, List.of(new Replace<>(Part.LINKS, i, old, changed)));
  }

  /** The ids of existing claims of {@code side}, without repeats, in text order. */
  static List<String> claims(Comparison c, List<String> ids, Side side) {
    if (ids == null || ids.isEmpty()) {
      throw new IllegalArgumentException("Select at least one claim on side " + side + " to link.");
    }
    List<Claim> found = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      Claim claim = c.claims().get(Lookup.claim(c, id));
      if (claim.side() != side) {
        throw new IllegalArgumentException(
            "Claim " + id + " is on side " + claim.side() + ", not on side " + side + ".");
      }
      found.add(claim);
    }
    found.sort(Comparator.comparingInt(Claim::start));
    return found.stream().map(Claim::id).toList();
  }

  /** A relation of the codebook, or "" for none. */
  static String relation(Comparison c, String relation) {
    if (relation == null || relation.isEmpty()) {
      return "";
    }
    Lookup.kind(c, TagTarget.LINK, relation);
    return relation;
  }
}
