package org.parallax.align;

import java.util.Optional;
import org.parallax.model.Side;

/**
 * Agree: both sides deny ("No teacher will lose their job" / "nobody will lose a job"), by the cues
 * {@link OneSidedNegation} reads; two denials of one matter mostly state the same fact.
 */
final class BothDeny implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    String a = OneSidedNegation.cue(link.words(Side.A));
    String b = OneSidedNegation.cue(link.words(Side.B));
    if (a == null || b == null) {
      return Optional.empty();
    }
    return Optional.of(
        SuggestedRelation.of(
            SuggestedRelation.AGREE,
            "both deny: \u201c" + shown(a) + "\u201d / \u201c" + shown(b) + "\u201d"));
  }

  private static String shown(String cue) {
    return cue.equals("t") ? "n't" : cue;
  }
}
