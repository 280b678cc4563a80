package org.parallax.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/** Edits of framing-term tags: add, retag, note, remove, pair, and lexicon suggestions. */
final class TermEdits {
  private final EditContext context;

  TermEdits(EditContext context) {
    this.context = context;
  }

  Change addTerms(Comparison c, List<TermSpan> spans, String frame, String note) {
    String kind = frame(c, frame);
    if (spans == null || spans.isEmpty()) {
      throw new IllegalArgumentException("Select some words to tag.");
    }
    List<TermSpan> trimmed = new ArrayList<>();
    for (TermSpan span : spans) {
      TermSpan t = trim(c, span);
      if (!trimmed.contains(t)) {
        checkFree(c, t, trimmed);
        trimmed.add(t);
      }
    }
    List<String> used = new ArrayList<>(c.terms().stream().map(TermTag::id).toList());
    List<Change> steps = new ArrayList<>();
    for (TermSpan span : trimmed) {
      String id = Ids.next("T", used, context.reserved());
      used.add(id);
      TermTag tag =
          new TermTag(
              id,
              span.side(),
              span.start(),
              span.end(),
              kind,
              note,
              "",
              LinkStatus.CONFIRMED,
              context.annotator(),
              context.now(),
              context.now());
      steps.add(new Insert<>(Part.TERMS, c.terms().size() + steps.size(), tag));
    }
    String label = label(c, kind);
    String description =
        trimmed.size() == 1
            ? "Tag “" + text(c, trimmed.get(0)) + "” as " + label
            : "Tag " + trimmed.size() + " terms as " + label;
    return new Steps(description, steps);
  }

  Change setFrame(Comparison c, String termId, String frame) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    String kind = frame(c, frame);
    return replace(
        c,
        i,
        edited(old, kind, old.note(), old.pairedWith(), old.status()),
        "Set frame of " + termId + " to " + label(c, kind));
  }

  Change setNote(Comparison c, String termId, String note) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    String text = note == null ? "" : note;
    return replace(
        c,
        i,
        edited(old, old.frame(), text, old.pairedWith(), old.status()),
        "Edit note of " + termId);
  }

  Change remove(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    List<Change> steps = new ArrayList<>(unpairPartner(c, c.terms().get(i)));
    steps.add(new Remove<>(Part.TERMS, i, c.terms().get(i)));
    return new Steps("Remove term tag " + termId, steps);
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
      for (Change step : unpairPartner(working, tag)) {
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
              Part.TERMS, i, now, edited(now, now.frame(), now.note(), partner, now.status()));
      steps.add(step);
      working = step.applyTo(working);
    }
    return new Steps(description, steps);
  }

  Change unpair(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    TermTag tag = c.terms().get(i);
    List<Change> steps = new ArrayList<>(unpairPartner(c, tag));
    if (!tag.pairedWith().isEmpty()) {
      steps.add(
          new Replace<>(
              Part.TERMS, i, tag, edited(tag, tag.frame(), tag.note(), "", tag.status())));
    }
    return new Steps("Unpair " + termId, steps);
  }

  Change accept(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    return replace(
        c,
        i,
        edited(old, old.frame(), old.note(), old.pairedWith(), LinkStatus.CONFIRMED),
        "Accept term " + termId);
  }

  Change reject(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    String description = "Reject term " + termId;
    if (old.status() == LinkStatus.REJECTED) {
      return Steps.none(description);
    }
    List<Change> steps = new ArrayList<>(unpairPartner(c, old));
    steps.add(
        new Replace<>(
            Part.TERMS, i, old, edited(old, old.frame(), old.note(), "", LinkStatus.REJECTED)));
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
          c.terms().stream().anyMatch(t -> overlaps(t, s))
              || kept.stream().anyMatch(t -> overlaps(t, s));
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
              frame(c, s.frame()),
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

  /** Steps that clear the pairing of {@code tag}'s partner, if it has one. */
  private List<Change> unpairPartner(Comparison c, TermTag tag) {
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
                edited(other, other.frame(), other.note(), "", other.status())));
      }
    }
    return List.of();
  }

  private Change replace(Comparison c, int i, TermTag after, String description) {
    TermTag before = c.terms().get(i);
    if (sameContent(before, after)) {
      return Steps.none(description);
    }
    return new Steps(description, List.of(new Replace<>(Part.TERMS, i, before, after)));
  }

  private static boolean sameContent(TermTag x, TermTag y) {
    return x.frame().equals(y.frame())
        && x.note().equals(y.note())
        && x.pairedWith().equals(y.pairedWith())
        && x.status() == y.status();
  }

  private TermTag edited(
      TermTag old, String frame, String note, String pairedWith, LinkStatus status) {
    return new TermTag(
        old.id(),
        old.side(),
        old.start(),
        old.end(),
        frame,
        note,
        pairedWith,
        status,
        context.annotator(),
        old.created(),
        context.now());
  }

  /** A frame of the codebook; blank means "other". */
  static String frame(Comparison c, String frame) {
    String id = frame == null || frame.isBlank() ? "other" : frame;
    Lookup.kind(c, TagTarget.TERM, id);
    return id;
  }

  private static String label(Comparison c, String frame) {
    return c.codebook().find(TagTarget.TERM, frame).orElseThrow().label();
  }

  /** The span without surrounding white space, checked against its text. */
  private static TermSpan trim(Comparison c, TermSpan span) {
    String text = c.document(span.side()).text();
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(
          "The selection ends past the end of text " + span.side() + ".");
    }
    int start = span.start();
    int end = span.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new IllegalArgumentException("Select some words to tag.");
    }
    return new TermSpan(span.side(), start, end);
  }

  private static void checkFree(Comparison c, TermSpan span, List<TermSpan> others) {
    for (TermTag tag : c.terms()) {
      if (tag.status() != LinkStatus.REJECTED
          && span.overlaps(tag.side(), tag.start(), tag.end())) {
        throw new IllegalArgumentException(
            "“" + text(c, span) + "” overlaps the term tag " + tag.id() + ".");
      }
    }
    for (TermSpan other : others) {
      if (span.overlaps(other.side(), other.start(), other.end())) {
        throw new IllegalArgumentException(
            "The selections “" + text(c, span) + "” and “" + text(c, other) + "” overlap.");
      }
    }
  }

  private static boolean overlaps(TermTag x, TermTag y) {
    return x.side() == y.side() && x.start() < y.end() && y.start() < x.end();
  }

  static String text(Comparison c, TermSpan span) {
    return c.document(span.side()).slice(span.start(), span.end());
  }
}
