package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Contradict: each side gives a figure or date the other does not, and they share none ("More than
 * 300 residents came" / "Barely 80 people came": {@code "300 residents vs 80 people"}). Figures are
 * compared by value, so "£14 million" and "fourteen million pounds" are the same figure.
 */
final class DifferingFigures implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    List<String> reasons = new ArrayList<>();
    differ(link.figures(Side.A), link.figures(Side.B), reasons);
    differ(link.dates(Side.A), link.dates(Side.B), reasons);
    return reasons.isEmpty()
        ? Optional.empty()
        : Optional.of(new SuggestedRelation(SuggestedRelation.CONTRADICT, reasons));
  }

  private static void differ(Map<String, String> a, Map<String, String> b, List<String> reasons) {
    if (a.isEmpty() || b.isEmpty() || a.keySet().stream().anyMatch(b::containsKey)) {
      return;
    }
    reasons.add(a.values().iterator().next() + " vs " + b.values().iterator().next());
  }
}
