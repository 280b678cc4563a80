package org.parallax.prompts;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.tagging.ComparisonNames;
import org.parallax.tagging.TermPair;
import org.parallax.tagging.TermPairs;

/**
 * A question for every pair of confirmed framing terms ({@link TermPairs}), one per pair of words
 * ("Khankendi" with "Stepanakert", however often each is tagged). The template {@code termPair}
 * gets: {0} side A's name, {1} side B's name, {2} A's word, {3} B's word, {4} how often A's word is
 * tagged, {5} how often B's is, {6} the frame of A's word.
 */
final class TermPairPrompts implements PromptRule {

  @Override
  public List<PromptDraft> drafts(Comparison c, Side order) {
    String nameA = ComparisonNames.sideName(c, Side.A);
    String nameB = ComparisonNames.sideName(c, Side.B);
    List<PromptDraft> drafts = new ArrayList<>();
    for (TermPair pair : TermPairs.of(c, order, s -> s == LinkStatus.CONFIRMED)) {
      drafts.add(
          new PromptDraft(
              "termPair",
              pair.tagIds(),
              List.of(
                  nameA,
                  nameB,
                  pair.a().words(),
                  pair.b().words(),
                  (long) pair.a().count(),
                  (long) pair.b().count(),
                  pair.a().frame().label())));
    }
    return drafts;
  }
}
