package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/** Edits of framing-term tags: add (one or all occurrences), frame, note and remove. */
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
    int added = 0;
    for (TermSpan span : trimmed) {
      int suggested = suggestionAt(c, span);
      if (suggested >= 0) {
        TermTag old = c.terms().get(suggested);
        TermTag confirmed =
            context.signed(
                old, kind, note == null ? "" : note, old.pairedWith(), LinkStatus.CONFIRMED);
        steps.add(new Replace<>(Part.TERMS, suggested, old, confirmed));
        continue;
      }
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
      steps.add(new Insert<>(Part.TERMS, c.terms().size() + added, tag));
      added++;
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
        context.signed(old, kind, old.note(), old.pairedWith(), old.status()),
        "Set frame of " + termId + " to " + label(c, kind));
  }

  Change setNote(Comparison c, String termId, String note) {
    int i = Lookup.term(c, termId);
    TermTag old = c.terms().get(i);
    String text = note == null ? "" : note;
    return replace(
        c,
        i,
        context.signed(old, old.frame(), text, old.pairedWith(), old.status()),
        "Edit note of " + termId);
  }

  Change remove(Comparison c, String termId) {
    int i = Lookup.term(c, termId);
    List<Change> steps = new ArrayList<>(TermPairEdits.unpairPartner(context, c, c.terms().get(i)));
    steps.add(new Remove<>(Part.TERMS, i, c.terms().get(i)));
    return new Steps("Remove term tag " + termId, steps);
  }

  static Change replace(Comparison c, int i, TermTag after, String description) {
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
      if (blocks(tag, span)) {
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

  /** The index of the suggested tag that marks exactly {@code span}, or -1. */
  private static int suggestionAt(Comparison c, TermSpan span) {
    for (int i = 0; i < c.terms().size(); i++) {
      TermTag t = c.terms().get(i);
      if (t.status() == LinkStatus.SUGGESTED && exactly(t, span)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code tag} keeps {@code span} from being tagged: it overlaps and is neither rejected
   * nor a suggestion of exactly that span (which tagging confirms).
   */
  static boolean blocks(TermTag tag, TermSpan span) {
    return span.overlaps(tag.side(), tag.start(), tag.end())
        && tag.status() != LinkStatus.REJECTED
        && !(tag.status() == LinkStatus.SUGGESTED && exactly(tag, span));
  }

  private static boolean exactly(TermTag t, TermSpan span) {
    return t.side() == span.side() && t.start() == span.start() && t.end() == span.end();
  }

  static boolean overlaps(TermTag x, TermTag y) {
    return x.side() == y.side() && x.start() < y.end() && y.start() < x.end();
  }

  static String text(Comparison c, TermSpan span) {
    return c.document(span.side()).slice(span.start(), span.end());
  }
}
