package org.parallax.ui.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.align.CandidateTable;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;

/**
 * Fills a claim's partner list with its next best candidates, so that a reader who sees no ribbon,
 * or a wrong one, still finds the right partner among the first few. The links' partners come
 * first; runners-up follow, best first, up to {@link #IN_ALL} partners in all. A claim already
 * paired with the selected one by any link, confirmed, suggested or rejected, is a decided pair and
 * never offered again; nor is a claim the comparison no longer has (split or merged since the
 * alignment).
 */
public final class RunnersUp {
  /** How many partners the list shows in all when runners-up fill it. */
  public static final int IN_ALL = 3;

  private RunnersUp() {}

  /**
   * The partners of {@code claim}: {@code linked} (what the links give it), then its runners-up
   * from {@code table}.
   */
  public static List<Partner> fill(
      Comparison comparison, Claim claim, List<Partner> linked, CandidateTable table) {
    List<Partner> partners = new ArrayList<>(linked);
    Set<String> decided = new HashSet<>();
    for (Link link : comparison.links()) {
      if (link.claims(claim.side()).contains(claim.id())) {
        decided.addAll(link.claims(claim.side().other()));
      }
    }
    for (CandidateTable.Candidate candidate : table.of(claim.id())) {
      if (partners.size() >= IN_ALL) {
        break;
      }
      Optional<Claim> other = comparison.claim(candidate.id());
      if (decided.contains(candidate.id())
          || other.isEmpty()
          || other.get().side() != claim.side().other()) {
        continue;
      }
      partners.add(
          new Partner(
              other.get(), candidate.score(), candidate.reasons(), partners.size() + 1, true));
    }
    return partners;
  }
}
