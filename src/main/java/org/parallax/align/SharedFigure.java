package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Reframe: both sides cite the same figure or share ("a third" / "33%") and nothing earlier found a
 * denial or a difference, so they agree on the fact and argue about what it means ("40 hectares of
 * rough grazing" / "the forty hectares … are the richest hay meadows").
 */
final class SharedFigure implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    var b = DifferingFigures.counts(link, Side.B);
    List<String> same = new ArrayList<>();
    DifferingFigures.counts(link, Side.A)
        .forEach(
            (value, surface) -> {
              if (b.containsKey(value)) {
                same.add(surface);
              }
            });
    List<Proportions.Share> shares = link.shares(Side.B);
    link.shares(Side.A).stream()
        .filter(x -> shares.stream().anyMatch(y -> Proportions.same(x, y)))
        .forEach(x -> same.add(x.surface()));
    return same.isEmpty()
        ? Optional.empty()
        : Optional.of(
            SuggestedRelation.of(
                SuggestedRelation.REFRAME,
                "same figure, told differently: " + String.join(", ", same)));
  }
}
