package org.parallax.align;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Side;

/**
 * Contradict: one side denies ("not", "never", "no", "n't", "barely", "exaggerated" …) and the
 * other does not. "No more than" and "at no charge" are limits and prices, not denials, and "not
 * until", "not only" and "not just" say when or how much, not whether; "nor" is left out, as it
 * mostly adds one denial to another.
 */
final class OneSidedNegation implements RelationRule {
  static final Set<String> CUES =
      Set.of(
          "not",
          "no",
          "never",
          "none",
          "nobody",
          "nothing",
          "neither",
          "cannot",
          "t",
          "barely",
          "hardly",
          "false",
          "untrue",
          "myth",
          "wrong",
          "denied",
          "deny",
          "exaggerated");

  /** Words after "no" that make it a limit or a price, not a denial ("no more than 28"). */
  static final Set<String> NOT_AFTER_NO =
      Set.of("more", "less", "fewer", "longer", "later", "sooner", "charge", "cost", "doubt");

  /** Words right after "not" (or "n't") that make it a measure, not a denial ("not only"). */
  static final Set<String> NOT_AFTER_NOT = Set.of("only", "just", "least");

  /** Words that make a "not" up to three words before them a time ("would not open until"). */
  static final Set<String> TIME_AFTER_NOT = Set.of("until", "till", "before");

  private final double minMeaning;

  OneSidedNegation() {
    this(0.0);
  }

  OneSidedNegation(double minMeaning) {
    this.minMeaning = minMeaning;
  }

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    if (link.meaning() < minMeaning) {
      return Optional.empty();
    }
    String a = cue(link.words(Side.A));
    String b = cue(link.words(Side.B));
    if ((a == null) == (b == null)) {
      return Optional.empty();
    }
    String side = a != null ? "A" : "B";
    String cue = a != null ? a : b;
    return Optional.of(
        SuggestedRelation.of(
            SuggestedRelation.CONTRADICT,
            "only " + side + " denies: \u201c" + (cue.equals("t") ? "n't" : cue) + "\u201d"));
  }

  static String cue(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean not = w.equals("not") || w.equals("t");
      boolean limit =
          w.equals("no") && NOT_AFTER_NO.contains(next)
              || not && NOT_AFTER_NOT.contains(next)
              || not
                  && words.subList(i + 1, Math.min(words.size(), i + 4)).stream()
                      .anyMatch(TIME_AFTER_NOT::contains);
      if (CUES.contains(w) && !limit) {
        return w;
      }
    }
    return null;
  }
}
