package org.parallax.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.TermTag;

/** Suggested framing terms: adding the lexicon's suggestions, accepting and rejecting them. */
final class SuggestionEdits {
  private final EditContext context;

  SuggestionEdits(EditContext context) {
    this.context = context;
  }

  Change accept(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    return TermEdits.replace(
        c,
        i,
        context.signed(old, old.frame(), old.note(), old.pairedWith(), LinkStatus.CONFIRMED),
        "Accept term " + termId);
  }

  Change reject(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    String description = "Reject term " + termId;
    if (old.status() == LinkStatus.REJECTED) {
      return Steps.none(description);
    }
    List<Change> steps = new ArrayList<>(TermPairEdits.unpairPartner(context, c, old));
    steps.add(
        new Replace<>(
            Part.TERMS,
            i,
            old,
            context.signed(old, old.frame(), old.note(), "", LinkStatus.REJECTED)));
    return new Steps(description, steps);
  }

  /**
   * Adds suggested tags (from {@link LexiconTerms}) with fresh ids, keeping their pairs; those that
   * overlap a tag already there are left out.
   */
  Change addSuggestions(Comparison c, List<TermTag> suggestions) {
    List<TermTag> kept = new ArrayList<>();
    for (TermTag s : suggestions) {
      boolean taken =
          c.terms().stream().anyMatch(t -> TermEdits.overlaps(t, s))
              || kept.stream().anyMatch(t -> TermEdits.overlaps(t, s));
      if (!taken) {
        kept.add(s);
      }
    }
    List<String> used = new ArrayList<>(c.terms().stream().map(TermTag::id).toList());
    Map<String, String> ids = new HashMap<>();
    for (TermTag s : kept) {
      String id = Ids.next("T", used, context.reserved());
      used.add(id);
      ids.put(s.id(), id);
    }
    List<Change> steps = new ArrayList<>();
    for (TermTag s : kept) {
      TermTag tag =
          new TermTag(
              ids.get(s.id()),
              s.side(),
              s.start(),
              s.end(),
              TermEdits.frame(c, s.frame()),
              s.note(),
              ids.getOrDefault(s.pairedWith(), ""),
              LinkStatus.SUGGESTED,
              s.annotator(),
              s.created(),
              s.modified());
      steps.add(new Insert<>(Part.TERMS, c.terms().size() + steps.size(), tag));
    }
    return new Steps("Suggest " + steps.size() + " contested terms", steps);
  }
}
