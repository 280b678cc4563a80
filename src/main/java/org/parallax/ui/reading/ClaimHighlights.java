package org.parallax.ui.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Block;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.ui.Styles;
import org.parallax.ui.align.Partner;

/**
 * Which style classes each part of one side's text gets: block kinds, light bands on alternate
 * claims, a tint for claims in confirmed links (by relation), framing terms, blindspots, the chosen
 * claims, the selected claim and its suggested partners (the best one strongest), and faintly its
 * runners-up.
 */
final class ClaimHighlights {
  private ClaimHighlights() {}

  /**
   * What to highlight on one side.
   *
   * @param side which side this is
   * @param document the side's document
   * @param comparison the comparison shown, or null before alignment
   * @param selected the selected claim (either side), or null
   * @param partners the selected claim's suggested partners
   * @param chosen claims chosen on this side for linking
   * @param currentLink the link being worked on, or null
   * @param currentTerm the term being worked on, or null
   * @param blindspots whether to mark claims with no confirmed counterpart
   * @param found the places of the word picked in the Words tab, on this side
   */
  record State(
      Side side,
      Document document,
      Comparison comparison,
      Claim selected,
      List<Partner> partners,
      List<Claim> chosen,
      Link currentLink,
      TermTag currentTerm,
      boolean blindspots,
      List<StyledRange> found) {

    /**
     * Copies the lists: callers pass the live observable lists of partners and chosen claims, which
     * change in place, and a state kept to compare against must not change with them.
     */
    State {
      partners = List.copyOf(partners);
      chosen = List.copyOf(chosen);
      found = List.copyOf(found);
    }

    /**
     * Whether this state highlights the side exactly as {@code before} did: the same claims, links
     * and this side's terms (compared by identity where the model shares them between edits), the
     * same selection and partners, and no change on the other side that shows here. Tagging a word
     * on one side then leaves the other side's styling alone instead of recomputing a book-length
     * essay's styles to find nothing changed.
     */
    boolean highlightsLike(State before) {
      return before != null
          && side == before.side
          && document == before.document
          && sameComparison(comparison, before.comparison)
          && java.util.Objects.equals(ownSide(selected), before.ownSide(before.selected))
          && partners.equals(before.partners)
          && chosen.equals(before.chosen)
          && java.util.Objects.equals(currentLink, before.currentLink)
          && java.util.Objects.equals(ownTerm(currentTerm), before.ownTerm(before.currentTerm))
          && blindspots == before.blindspots
          && found.equals(before.found);
    }

    private boolean sameComparison(Comparison now, Comparison then) {
      if (now == null || then == null) {
        return now == then;
      }
      return now.claims() == then.claims()
          && now.links() == then.links()
          && now.document(side) == then.document(side)
          && (now.terms() == then.terms() || termsOf(now).equals(termsOf(then)));
    }

    private List<TermTag> termsOf(Comparison c) {
      return c.terms().stream().filter(t -> t.side() == side).toList();
    }

    private Claim ownSide(Claim claim) {
      return claim != null && claim.side() == side ? claim : null;
    }

    private TermTag ownTerm(TermTag term) {
      return term != null && term.side() == side ? term : null;
    }
  }

  static List<StyledRange> of(State s) {
    List<StyledRange> ranges = new ArrayList<>();
    for (Block block : s.document().blocks()) {
      switch (block.kind()) {
        case HEADING -> ranges.add(new StyledRange(block.start(), block.end(), Styles.HEADING));
        case EDITORIAL_NOTE ->
            ranges.add(new StyledRange(block.start(), block.end(), Styles.EDITORIAL_NOTE));
        case PARAGRAPH -> {}
      }
    }
    Comparison c = s.comparison();
    if (c == null
        || (c.document(s.side()) != s.document()
            && !c.document(s.side()).text().equals(s.document().text()))) {
      return ranges;
    }
    List<Claim> claims = c.claims(s.side());
    Set<String> confirmed = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      ranges.add(range(claim, i % 2 == 0 ? Styles.CLAIM : Styles.CLAIM_BANDED));
    }
    for (Link link : c.links()) {
      if (link.status() != LinkStatus.CONFIRMED) {
        continue;
      }
      String tint =
          c.codebook().find(TagTarget.LINK, link.relation()).isPresent()
              ? RelationTints.styleClass(link.relation())
              : Styles.RELATION_OTHER;
      for (String id : link.claims(s.side())) {
        confirmed.add(id);
        c.claim(id).ifPresent(claim -> ranges.add(range(claim, tint)));
      }
    }
    if (s.blindspots()) {
      claims.stream()
          .filter(claim -> !confirmed.contains(claim.id()))
          .forEach(claim -> ranges.add(range(claim, Styles.CLAIM_UNMATCHED)));
    }
    for (TermTag term : c.terms()) {
      if (term.side() == s.side() && term.status() != LinkStatus.REJECTED) {
        String style = term.status() == LinkStatus.SUGGESTED ? Styles.TERM_SUGGESTED : Styles.TERM;
        ranges.add(new StyledRange(term.start(), term.end(), style));
        if (term.equals(s.currentTerm())) {
          ranges.add(new StyledRange(term.start(), term.end(), Styles.TERM_CURRENT));
        }
      }
    }
    for (Claim claim : s.chosen()) {
      ranges.add(range(claim, Styles.CLAIM_CHOSEN));
    }
    if (s.currentLink() != null) {
      for (String id : s.currentLink().claims(s.side())) {
        c.claim(id).ifPresent(claim -> ranges.add(range(claim, Styles.CLAIM_CURRENT_LINK)));
      }
    }
    if (s.selected() != null && s.selected().side() == s.side()) {
      ranges.add(range(s.selected(), Styles.CLAIM_SELECTED));
    }
    for (Partner partner : s.partners()) {
      if (partner.claim().side() == s.side()) {
        String style =
            partner.runnerUp()
                ? Styles.CLAIM_RUNNER_UP
                : partner.rank() == 1 ? Styles.CLAIM_PARTNER_BEST : Styles.CLAIM_PARTNER;
        ranges.add(range(partner.claim(), style));
      }
    }
    ranges.addAll(s.found());
    return ranges;
  }

  private static StyledRange range(Claim claim, String style) {
    return new StyledRange(claim.start(), claim.end(), style);
  }
}
