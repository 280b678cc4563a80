package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.TermTag;

/** Pairing a framing term with its counterpart in the other text, and undoing the pair. */
final class TermPairEdits {
  private final EditContext context;

  TermPairEdits(EditContext context) {
    this.context = context;
  }

  Change pair(Comparison c, String firstId, String secondId) {
    TermTag first = c.terms().get(Lookup.term(c, firstId));
    TermTag second = c.terms().get(Lookup.term(c, secondId));
    if (first.side() == second.side()) {
      throw new IllegalArgumentException(
          "Pair a term with its counterpart in the other text: "
              + firstId
              + " and "
              + secondId
              + " are both in "
              + first.side()
              + ".");
    }
    String description = "Pair " + firstId + " with " + secondId;
    if (first.pairedWith().equals(secondId) && second.pairedWith().equals(firstId)) {
      return Steps.none(description);
    }
    Comparison working = c;
    List<Change> steps = new ArrayList<>();
    for (TermTag tag : List.of(first, second)) {
      for (Change step : unpairPartner(context, working, tag)) {
        steps.add(step);
        working = step.applyTo(working);
      }
    }
    for (TermTag tag : List.of(first, second)) {
      String partner = tag == first ? secondId : firstId;
      int i = Lookup.term(working, tag.id());
      TermTag now = working.terms().get(i);
      Change step =
          new Replace<>(
              Part.TERMS,
              i,
              now,
              context.signed(now, now.frame(), now.note(), partner, now.status()));
      steps.add(step);
      working = step.applyTo(working);
    }
    return new Steps(description, steps);
  }

  Change unpair(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    TermTag tag = c.terms().get(i);
    List<Change> steps = new ArrayList<>(unpairPartner(context, c, tag));
    if (!tag.pairedWith().isEmpty()) {
      steps.add(
          new Replace<>(
              Part.TERMS, i, tag, context.signed(tag, tag.frame(), tag.note(), "", tag.status())));
    }
    return new Steps("Unpair " + termId, steps);
  }

  /** Steps that clear the pairing of {@code tag}'s partner, if it has one. */
  static List<Change> unpairPartner(EditContext context, Comparison c, TermTag tag) {
    if (tag.pairedWith().isEmpty()) {
      return List.of();
    }
    for (int i = 0; i < c.terms().size(); i++) {
      TermTag other = c.terms().get(i);
      if (other.id().equals(tag.pairedWith()) && other.pairedWith().equals(tag.id())) {
        return List.of(
            new Replace<>(
                Part.TERMS,
                i,
                other,
                context.signed(other, other.frame(), other.note(), "", other.status())));
      }
    }
    return List.of();
  }
}
