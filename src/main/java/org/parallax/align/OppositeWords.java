package org.parallax.align;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Contradict: one side uses a word and the other its opposite ("rise" / "fall", "safe" /
 * "dangerous"). Words are matched by their beginnings, so "increased" and "increases" are
 * "increas".
 */
final class OppositeWords implements RelationRule {
  /** Opposite word beginnings; either may be on either side. */
  static final List<String[]> PAIRS =
      List.of(
          new String[] {"increas", "decreas"},
          new String[] {"increas", "reduc"},
          new String[] {"rise", "fall"},
          new String[] {"rose", "fell"},
          new String[] {"more", "fewer"},
          new String[] {"more", "less"},
          new String[] {"gain", "los"},
          new String[] {"safe", "danger"},
          new String[] {"safe", "unsafe"},
          new String[] {"cheap", "expensive"},
          new String[] {"cheap", "costly"},
          new String[] {"success", "fail"},
          new String[] {"better", "worse"},
          new String[] {"improv", "wors"},
          new String[] {"support", "oppos"},
          new String[] {"welcom", "reject"},
          new String[] {"help", "harm"},
          new String[] {"help", "hurt"},
          new String[] {"protect", "destroy"},
          new String[] {"protect", "threat"},
          new String[] {"open", "clos"},
          new String[] {"strong", "weak"},
          new String[] {"full", "empty"},
          new String[] {"quick", "slow"},
          new String[] {"fast", "slow"},
          new String[] {"true", "false"},
          new String[] {"agree", "disagree"},
          new String[] {"legal", "illegal"},
          new String[] {"fair", "unfair"},
          new String[] {"always", "never"},
          new String[] {"all", "none"},
          new String[] {"everyone", "nobody"},
          new String[] {"peace", "war"},
          new String[] {"voluntar", "forc"},
          new String[] {"saf", "risk"});

  /** Every beginning in {@link #PAIRS}: the only words {@link #judge} reads. */
  private static final WordBeginnings STARTS =
      WordBeginnings.of(PAIRS.stream().flatMap(Arrays::stream).toList());

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    List<String> a = link.wordsStartingWith(Side.A, STARTS);
    List<String> b = link.wordsStartingWith(Side.B, STARTS);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty(); // each side must give one of the two words
    }
    for (String[] pair : PAIRS) {
      for (int flip = 0; flip < 2; flip++) {
        String x = pair[flip];
        String y = pair[1 - flip];
        String inA = only(a, b, x, y);
        String inB = only(b, a, y, x);
        if (inA != null && inB != null) {
          return Optional.of(
              SuggestedRelation.of(
                  SuggestedRelation.CONTRADICT, "opposites: " + inA + " / " + inB));
        }
      }
    }
    return Optional.empty();
  }

  /** A word of {@code mine} that begins with {@code start}, when {@code theirs} has none. */
  private static String only(List<String> mine, List<String> theirs, String start, String other) {
    for (String w : theirs) {
      if (w.startsWith(start)) {
        return null;
      }
    }
    for (String w : mine) {
      if (w.startsWith(start) && !w.startsWith(other)) {
        return w;
      }
    }
    return null;
  }
}
