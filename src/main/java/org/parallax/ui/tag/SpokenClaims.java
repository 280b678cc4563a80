package org.parallax.ui.tag;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.ui.Messages;

/**
 * What a screen reader says about a claim and its ribbons: "Claim A4 of 20: … Linked to B7 as
 * Contradict, confirmed." A view sets these words as its node's accessible text; they are made
 * here, without the toolkit, so that they can be tested as plain strings.
 */
public final class SpokenClaims {
  /** A claim's text is cut to this many characters, so that a long one does not drown its links. */
  static final int MAX_TEXT = 300;

  private SpokenClaims() {}

  /** The claim's place in its essay, its text and every link it has that is not rejected. */
  public static String claim(Comparison comparison, Claim claim) {
    List<Claim> onSide = comparison.claims(claim.side());
    Document document = claim.side() == org.parallax.model.Side.A ? comparison.a() : comparison.b();
    String text = claim.textIn(document).strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "\u2026";
    }
    String place =
        Messages.get("a11y.claim", claim.id(), onSide.indexOf(claim) + 1, onSide.size(), text);
    return place + " " + links(comparison, claim);
  }

  /** "Linked to B7 as Contradict, confirmed; B9, suggested: Agree, suggested." or "No links." */
  static String links(Comparison comparison, Claim claim) {
    List<String> each = new ArrayList<>();
    for (Link link : comparison.links()) {
      if (link.status() != LinkStatus.REJECTED && link.involves(claim.id())) {
        each.add(link(comparison, link, claim.side().other()));
      }
    }
    return each.isEmpty()
        ? Messages.get("a11y.claim.noLinks")
        : Messages.get("a11y.claim.links", String.join("; ", each));
  }

  /** "B7 as Contradict, confirmed": the link's claims on {@code side}, relation and status. */
  static String link(Comparison comparison, Link link, org.parallax.model.Side side) {
    String claims = String.join(" + ", link.claims(side));
    String status = LinkListModel.statusLabel(link.status());
    if (!link.relation().isEmpty()) {
      return Messages.get(
          "a11y.claim.link",
          claims,
          LinkListModel.relationLabel(comparison, link.relation()),
          status);
    }
    String relation =
        link.suggestedRelation().isEmpty()
            ? Messages.get("link.unset")
            : Messages.get(
                "link.suggestedRelation",
                LinkListModel.relationLabel(comparison, link.suggestedRelation()));
    return Messages.get("a11y.claim.linkUnset", claims, relation, status);
  }

  /**
   * What the ribbons between the essays show: how many links, and the links of the selected claim
   * ("Ribbons for 14 links. Claim A4: linked to B7 as Contradict, confirmed.").
   */
  public static String ribbons(Comparison comparison, Claim selected) {
    if (comparison == null) {
      return Messages.get("a11y.ribbons.none");
    }
    long shown = comparison.links().stream().filter(l -> l.status() != LinkStatus.REJECTED).count();
    String all = Messages.get("a11y.ribbons", shown);
    if (selected == null) {
      return all;
    }
    return all
        + " "
        + Messages.get("a11y.ribbons.selected", selected.id(), links(comparison, selected));
  }
}
