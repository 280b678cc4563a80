package org.parallax.prompts;

import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.tagging.ComparisonNames;
import org.parallax.tagging.Navigation;

/**
 * A question for every confirmed link of one relation. The template {@code relation.<id>} gets: {0}
 * side A's name, {1} side B's name, {2} A's claims, {3} B's claims, {4} the reader's note.
 */
record RelationPrompts(String relation) implements PromptRule {

  @Override
  public List<PromptDraft> drafts(Comparison c, Side order) {
    String nameA = ComparisonNames.sideName(c, Side.A);
    String nameB = ComparisonNames.sideName(c, Side.B);
    return Navigation.inReadingOrder(c, order).stream()
        .filter(link -> link.status() == LinkStatus.CONFIRMED)
        .filter(link -> link.relation().equals(relation))
        .map(link -> draft(c, link, nameA, nameB))
        .toList();
  }

  private PromptDraft draft(Comparison c, Link link, String nameA, String nameB) {
    return new PromptDraft(
        "relation." + relation,
        List.of(link.id()),
        List.of(
            nameA,
            nameB,
            Quotes.of(c, Side.A, link.aClaims()),
            Quotes.of(c, Side.B, link.bClaims()),
            link.note()));
  }
}
