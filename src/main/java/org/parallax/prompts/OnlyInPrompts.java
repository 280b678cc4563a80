package org.parallax.prompts;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.tagging.Blindspots;
import org.parallax.tagging.ComparisonNames;

/**
 * A question for each essay about what it says that the other never answers, once the reader has
 * linked anything (before that, every claim would look unanswered). The template {@code onlyIn}
 * gets: {0} this side's name, {1} the other side's name, {2} how many claims, {3} the first of
 * them.
 */
final class OnlyInPrompts implements PromptRule {

  @Override
  public List<PromptDraft> drafts(Comparison c, Side order) {
    if (c.links().stream().noneMatch(l -> l.status() == LinkStatus.CONFIRMED)) {
      return List.of();
    }
    List<PromptDraft> drafts = new ArrayList<>();
    for (Side side : List.of(order, order.other())) {
      List<Claim> unmatched = Blindspots.unmatched(c, side);
      if (unmatched.isEmpty()) {
        continue;
      }
      drafts.add(
          new PromptDraft(
              "onlyIn",
              unmatched.stream().map(Claim::id).toList(),
              List.of(
                  ComparisonNames.sideName(c, side),
                  ComparisonNames.sideName(c, side.other()),
                  unmatched.size(),
                  Quotes.of(c, unmatched.get(0)))));
    }
    return drafts;
  }
}
