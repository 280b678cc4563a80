package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Reframe: the two sides name one referent differently, by the contested-terms lexicon (the bundled
 * one with the reader's own entries): "Khankendi" / "Stepanakert", "reintegration" / "exodus".
 */
final class ContestedNames implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    Map<String, String> namesB = link.names(Side.B);
    List<String> pairs = new ArrayList<>();
    link.names(Side.A)
        .forEach(
            (key, surface) -> {
              String other = namesB.get(key);
              if (ClaimFeatures.isReferent(key)
                  && other != null
                  && !surface.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT))) {
                pairs.add(surface + " / " + other);
              }
            });
    return pairs.isEmpty()
        ? Optional.empty()
        : Optional.of(
            SuggestedRelation.of(
                SuggestedRelation.REFRAME, "named differently: " + String.join(", ", pairs)));
  }
}
