package org.parallax.align;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Side;

/**
 * Partial: one side qualifies what the other says outright ("only as long as", "but", "at least",
 * "partly"), or covers much more ground: more claims, or more than twice the words with every
 * content word of the shorter side among them.
 */
final class HedgedCoverage implements RelationRule {
  static final Set<String> HEDGES =
      Set.of(
          "only", "partly", "partially", "mostly", "largely", "unless", "except", "but", "least");

  static final double LENGTH_RATIO = 2.0;

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    String a = hedge(link.words(Side.A));
    String b = hedge(link.words(Side.B));
    if ((a == null) != (b == null)) {
      String side = a != null ? "A" : "B";
      return Optional.of(
          SuggestedRelation.of(
              SuggestedRelation.PARTIAL,
              side + " qualifies it: \u201c" + (a != null ? a : b) + "\u201d"));
    }
    int na = link.size(Side.A);
    int nb = link.size(Side.B);
    if (na != nb) {
      return Optional.of(
          SuggestedRelation.of(
              SuggestedRelation.PARTIAL,
              (na > nb ? "A" : "B")
                  + " says more: "
                  + Math.max(na, nb)
                  + " claims to "
                  + Math.min(na, nb)));
    }
    int wa = link.words(Side.A).size();
    int wb = link.words(Side.B).size();
    if (Math.max(wa, wb) > LENGTH_RATIO * Math.min(wa, wb)
        && terms(wa > wb ? link.b() : link.a()).stream()
            .allMatch(terms(wa > wb ? link.a() : link.b())::contains)) {
      return Optional.of(
          SuggestedRelation.of(
              SuggestedRelation.PARTIAL,
              (wa > wb ? "A" : "B")
                  + " says more: "
                  + Math.max(wa, wb)
                  + " words to "
                  + Math.min(wa, wb)));
    }
    return Optional.empty();
  }

  private static java.util.Set<String> terms(List<ClaimFeatures> claims) {
    java.util.Set<String> out = new java.util.HashSet<>();
    claims.forEach(c -> out.addAll(c.terms()));
    return out;
  }

  private static String hedge(List<String> words) {
    return words.stream().filter(HEDGES::contains).findFirst().orElse(null);
  }
}
