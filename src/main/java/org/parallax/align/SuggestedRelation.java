package org.parallax.align;

import java.util.List;

/**
 * A relation the aligner suggests for a link, with its reasons in a reader's words.
 *
 * @param relation a codebook link kind: {@code agree}, {@code contradict}, {@code reframe} or
 *     {@code partial}; empty when nothing is suggested
 * @param reasons why, such as {@code "300 residents vs 80 people"} or {@code "reframed: Corran Gap
 *     / Tullow Bend"}
 */
public record SuggestedRelation(String relation, List<String> reasons) {
  public static final String AGREE = "agree";
  public static final String CONTRADICT = "contradict";
  public static final String REFRAME = "reframe";
  public static final String PARTIAL = "partial";

  /** No suggestion. */
  public static final SuggestedRelation NONE = new SuggestedRelation("", List.of());

  public SuggestedRelation {
    relation = relation == null ? "" : relation;
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  static SuggestedRelation of(String relation, String... reasons) {
    return new SuggestedRelation(relation, List.of(reasons));
  }
}
