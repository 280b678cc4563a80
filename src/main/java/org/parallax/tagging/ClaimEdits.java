package org.parallax.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;

/**
 * Corrections of the segmentation: splitting a claim in two and merging two neighbouring claims.
 * Links follow the claims, so nothing the reader linked is lost.
 */
final class ClaimEdits {
  private final EditContext context;

  ClaimEdits(EditContext context) {
    this.context = context;
  }

  /**
   * Adds a claim over {@code [start, end)} of {@code side}, e.g. a sentence of a re-imported text
   * that no claim covers yet, or an orphaned claim placed again by hand. Uses {@code wantedId} when
   * it is free, else the next free id of the side.
   */
  Change add(Comparison c, Side side, int start, int end, String wantedId) {
    String text = c.document(side).text();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < 0 || end > text.length() || end <= start) {
      throw new IllegalArgumentException("Select the words of the new claim in the text first.");
    }
    for (Claim other : c.claims(side)) {
      if (start < other.end() && other.start() < end) {
        throw new IllegalArgumentException(
            "The selection overlaps claim " + other.id() + "; select text no claim covers yet.");
      }
    }
    List<String> used = ids(c);
    String id =
        wantedId != null && !wantedId.isBlank() && !used.contains(wantedId)
            ? wantedId
            : Ids.next(side.name(), used, context.reserved());
    int index = 0;
    List<Claim> claims = c.claims();
    while (index < claims.size()
        && (claims.get(index).side().compareTo(side) < 0
            || (claims.get(index).side() == side && claims.get(index).start() < start))) {
      index++;
    }
    return new Insert<>(Part.CLAIMS, index, new Claim(id, side, start, end));
  }

  Change split(Comparison c, String claimId, int offset) {
    int i = Lookup.claim(c, claimId);
    Claim claim = c.claims().get(i);
    if (offset <= claim.start() || offset >= claim.end()) {
      throw new IllegalArgumentException(
          "To split claim " + claimId + ", choose a place inside it, between two of its words.");
    }
    String text = c.document(claim.side()).text();
    // Inside a word ("Lachin roa|d") the split goes before that word.
    int at = offset;
    while (at > claim.start()
        && Character.isLetterOrDigit(text.charAt(at - 1))
        && Character.isLetterOrDigit(text.charAt(at))) {
      at--;
    }
    int firstEnd = at;
    while (firstEnd > claim.start() && Character.isWhitespace(text.charAt(firstEnd - 1))) {
      firstEnd--;
    }
    int secondStart = at;
    while (secondStart < claim.end() && Character.isWhitespace(text.charAt(secondStart))) {
      secondStart++;
    }
    if (firstEnd == claim.start() || secondStart == claim.end()) {
      throw new IllegalArgumentException(
          "Splitting claim " + claimId + " there would leave one part without words.");
    }
    String newId = Ids.derived(claimId, ids(c), context.reserved());
    Claim first = new Claim(claimId, claim.side(), claim.start(), firstEnd);
    Claim second = new Claim(newId, claim.side(), secondStart, claim.end());
    List<Change> steps = new ArrayList<>();
    steps.add(new Replace<>(Part.CLAIMS, i, claim, first));
    steps.add(new Insert<>(Part.CLAIMS, i + 1, second));
    for (int j = 0; j < c.links().size(); j++) {
      Link link = c.links().get(j);
      if (link.claims(claim.side()).contains(claimId)) {
        List<String> attached = new ArrayList<>();
        for (String id : link.claims(claim.side())) {
          attached.add(id);
          if (id.equals(claimId)) {
            attached.add(newId);
          }
        }
        steps.add(new Replace<>(Part.LINKS, j, link, withSide(link, claim.side(), attached)));
      }
    }
    return new Steps("Split claim " + claimId, steps);
  }

  Change merge(Comparison c, String firstId, String secondId) {
    Claim x = c.claims().get(Lookup.claim(c, firstId));
    Claim y = c.claims().get(Lookup.claim(c, secondId));
    if (x.equals(y)) {
      throw new IllegalArgumentException("Choose two different claims to merge.");
    }
    if (x.side() != y.side()) {
      throw new IllegalArgumentException(
          "Only claims of the same text can be merged: "
              + firstId
              + " and "
              + secondId
              + " are in different texts.");
    }
    Claim first = x.start() <= y.start() ? x : y;
    Claim second = first == x ? y : x;
    List<Claim> side = c.claims(first.side());
    if (side.indexOf(second) != side.indexOf(first) + 1) {
      throw new IllegalArgumentException(
          "Only neighbouring claims can be merged: there are claims between "
              + first.id()
              + " and "
              + second.id()
              + ".");
    }
    List<Change> steps = new ArrayList<>();
    for (int j = 0; j < c.links().size(); j++) {
      Link link = c.links().get(j);
      List<String> ids = link.claims(first.side());
      if (ids.contains(second.id())) {
        LinkedHashSet<String> attached = new LinkedHashSet<>();
        for (String id : ids) {
          attached.add(id.equals(second.id()) ? first.id() : id);
        }
        steps.add(
            new Replace<>(
                Part.LINKS, j, link, withSide(link, first.side(), new ArrayList<>(attached))));
      }
    }
    Claim merged = new Claim(first.id(), first.side(), first.start(), second.end());
    steps.add(new Replace<>(Part.CLAIMS, c.claims().indexOf(first), first, merged));
    steps.add(new Remove<>(Part.CLAIMS, c.claims().indexOf(second), second));
    return new Steps("Merge claims " + first.id() + " and " + second.id(), steps);
  }

  private Link withSide(Link link, Side side, List<String> ids) {
    return side == Side.A
        ? link.withClaims(ids, link.bClaims(), context.now())
        : link.withClaims(link.aClaims(), ids, context.now());
  }

  private static List<String> ids(Comparison c) {
    return c.claims().stream().map(Claim::id).toList();
  }
}
