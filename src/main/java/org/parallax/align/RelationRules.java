package org.parallax.align;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests a relation for a link by asking the {@link RelationRule}s in order of priority; the
 * first that speaks decides. When none does, claims very close in meaning are taken to agree, and
 * others to reframe: two opposing essays that speak of one matter without a figure, denial or
 * opposite between them mostly tell it in their own words.
 */
final class RelationRules {

  /** Every rule, highest priority first. */
  static final List<RelationRule> ORDER =
      List.of(
          new DifferingFigures(),
          new CorrectedFigure(),
          new SameEvent(),
          new ReadersPairedTerms(),
          new BothDeny(),
          new ContestedNames(),
          new OneSidedNegation(),
          new OppositeWords(),
          new SameFiguresAndNames(),
          new SharedFigure(),
          new HedgedCoverage());

  /** Meaning similarity from which claims nothing else sets apart are taken to agree. */
  static final double AGREE_MEANING = 0.6;

  private final List<RelationRule> rules;

  RelationRules() {
    this(ORDER);
  }

  RelationRules(List<RelationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  SuggestedRelation suggest(RelationEvidence link) {
    for (RelationRule rule : rules) {
      Optional<SuggestedRelation> verdict = rule.judge(link);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    if (!(link.meaning() < AGREE_MEANING)) {
      return SuggestedRelation.of(
          SuggestedRelation.AGREE,
          Double.isNaN(link.meaning())
              ? "nothing sets the claims apart"
              : String.format(Locale.ROOT, "close in meaning (%.2f)", link.meaning()));
    }
    return SuggestedRelation.of(
        SuggestedRelation.REFRAME,
        String.format(Locale.ROOT, "the same matter in other words (%.2f)", link.meaning()));
  }
}
