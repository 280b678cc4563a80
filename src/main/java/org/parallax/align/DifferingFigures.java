package org.parallax.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Contradict: each side gives a figure or date the other does not, and they share none ("More than
 * 300 residents came" / "Barely 80 people came": {@code "300 residents vs 80 people"}). Figures are
 * compared by value, so "£14 million" and "fourteen million pounds" are the same figure; shares ("a
 * third", "33%") are compared with shares only ({@link Proportions}), counts with counts.
 */
final class DifferingFigures implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    List<String> reasons = new ArrayList<>();
    differ(counts(link, Side.A), counts(link, Side.B), reasons);
    List<Proportions.Share> a = link.shares(Side.A);
    List<Proportions.Share> b = link.shares(Side.B);
    if (!a.isEmpty()
        && !b.isEmpty()
        && a.stream().noneMatch(x -> b.stream().anyMatch(y -> Proportions.same(x, y)))) {
      reasons.add(a.get(0).surface() + " vs " + b.get(0).surface());
    }
    differ(link.dates(Side.A), link.dates(Side.B), reasons);
    return reasons.isEmpty()
        ? Optional.empty()
        : Optional.of(new SuggestedRelation(SuggestedRelation.CONTRADICT, reasons));
  }

  /** The side's figures that count things: every figure but those read as shares. */
  static Map<String, String> counts(RelationEvidence link, Side side) {
    Map<String, String> out = new LinkedHashMap<>(link.figures(side));
    link.shares(side).forEach(s -> out.remove(s.number()));
    return out;
  }

  private static void differ(Map<String, String> a, Map<String, String> b, List<String> reasons) {
    if (a.isEmpty() || b.isEmpty() || a.keySet().stream().anyMatch(b::containsKey)) {
      return;
    }
    reasons.add(a.values().iterator().next() + " vs " + b.values().iterator().next());
  }
}
