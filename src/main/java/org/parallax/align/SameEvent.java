package org.parallax.align;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Agree: both sides date the claim to the same day ("On 9 July the committee will decide" / "The
 * committee meets on July 9th"). Runs after {@link DifferingFigures}, so no figure differs.
 */
final class SameEvent implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    List<String> same =
        link.dates(Side.A).keySet().stream().filter(link.dates(Side.B)::containsKey).toList();
    return same.isEmpty()
        ? Optional.empty()
        : Optional.of(
            SuggestedRelation.of(
                SuggestedRelation.AGREE, "same event: " + String.join(", ", same)));
  }
}
