package org.parallax.align;

import java.util.Optional;

/**
 * One reason to suggest a relation for a link, such as figures that differ or a name each side
 * gives the same place. {@link RelationRules} asks the rules in order of priority; the first that
 * speaks decides. A new rule is one class and one line in {@link RelationRules#ORDER}.
 */
interface RelationRule {

  /** The relation this rule suggests for {@code link}, with its reasons, or empty to pass. */
  Optional<SuggestedRelation> judge(RelationEvidence link);
}
