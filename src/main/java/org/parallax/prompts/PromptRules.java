package org.parallax.prompts;

import java.util.List;

/** Every kind of discussion question, in the order they are listed. Adding one is one line here. */
public final class PromptRules {
  private static final List<PromptRule> ALL =
      List.of(
          new RelationPrompts("contradict"),
          new RelationPrompts("reframe"),
          new RelationPrompts("partial"),
          new TermPairPrompts(),
          new OnlyInPrompts());

  private PromptRules() {}

  /** The rules in the order their questions are listed. */
  public static List<PromptRule> all() {
    return ALL;
  }
}
