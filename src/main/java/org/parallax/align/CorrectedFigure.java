package org.parallax.align;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Side;

/**
 * Contradict: one side gives a single figure, and the other repeats it in one claim only to give
 * another in a later one ("The board says the journey takes fifteen minutes. | Anyone who has
 * driven it knows it takes closer to forty.": {@code "fifteen minutes vs forty"}). The figure is
 * quoted to be corrected; of several later figures, the one nearest it in size is the correction.
 * Runs after {@link DifferingFigures}, which takes figures that share nothing.
 */
final class CorrectedFigure implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    for (Side quoting : List.of(Side.B, Side.A)) {
      Side stated = quoting == Side.A ? Side.B : Side.A;
      Map<String, String> one = link.figures(stated);
      if (one.size() != 1 || link.size(quoting) < 2) {
        continue;
      }
      String value = one.keySet().iterator().next();
      Set<String> years = link.years(quoting);
      List<ClaimFeatures> claims = link.claims(quoting);
      int repeated = -1;
      for (int i = 0; i < claims.size() && repeated < 0; i++) {
        if (claims.get(i).numbers().containsKey(value)) {
          repeated = i;
        }
      }
      String correction = null;
      for (int j = repeated + 1; repeated >= 0 && j < claims.size(); j++) {
        for (String other : claims.get(j).numbers().keySet()) {
          if (!other.equals(value)
              && !years.contains(other)
              && (correction == null || nearer(value, other, correction))) {
            correction = other;
          }
        }
      }
      if (correction != null) {
        return Optional.of(
            SuggestedRelation.of(
                SuggestedRelation.CONTRADICT,
                one.get(value) + " vs " + link.figures(quoting).get(correction)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code x} is nearer {@code value} in size than {@code y}: the correction of "£3.2
   * million" is "five million pounds", not the "two" valuers who give it.
   */
  private static boolean nearer(String value, String x, String y) {
    double v = Math.log(Double.parseDouble(value));
    return Math.abs(Math.log(Double.parseDouble(x)) - v)
        < Math.abs(Math.log(Double.parseDouble(y)) - v);
  }
}
