package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/**
 * Makes a word or phrase found by framing discovery a framing term: every occurrence that is not
 * tagged yet gets a framing-term tag with one frame, as one undo step (as tagging all occurrences
 * after T does); and two such terms, one from each side's list, are paired, promoted first where
 * they are not yet. Occurrences that overlap a tag already there are left as they are; a suggestion
 * of exactly an occurrence is confirmed.
 */
public final class TermPromotion {

  /**
   * A term to promote: its words as the reader sees them, the side whose list it comes from (its
   * tag on that side is the one paired), where it occurs in both texts, and its frame.
   */
  public record Term(String words, Side side, List<TermSpan> spans, String frame) {
    public Term {
      spans = List.copyOf(spans);
    }
  }

  private final Edits edits;

  public TermPromotion(Edits edits) {
    this.edits = edits;
  }

  /** The spans of {@code spans} that may still be tagged: those no tag there already holds. */
  public static List<TermSpan> untagged(Comparison c, List<TermSpan> spans) {
    return spans.stream()
        .filter(span -> c.terms().stream().noneMatch(tag -> TermEdits.blocks(tag, span)))
        .toList();
  }

  /**
   * Tags every untagged occurrence of {@code term} with its frame, as one step.
   *
   * @throws IllegalArgumentException when every occurrence is tagged already
   */
  public Change promote(Comparison c, Term term) {
    List<TermSpan> spans = untagged(c, term.spans());
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("Every “" + term.words() + "” is tagged already.");
    }
    return edits.together(
        List.of(edits.addTerms(c, spans, term.frame())),
        "Tag "
            + spans.size()
            + " × “"
            + term.words()
            + "” as "
            + c.codebook()
                .find(TagTarget.TERM, TermEdits.frame(c, term.frame()))
                .orElseThrow()
                .label());
  }

  /**
   * Promotes {@code first} and {@code second} where they have untagged occurrences, then pairs the
   * first tag of each on its own side, all as one step.
   *
   * @throws IllegalArgumentException when both come from the same side, or one has no tag on its
   *     own side to pair (every occurrence there lies inside a longer tag)
   */
  public Change promoteAndPair(Comparison c, Term first, Term second) {
    if (first.side() == second.side()) {
      throw new IllegalArgumentException(
          "Pair a term of one side with a term of the other: “"
              + first.words()
              + "” and “"
              + second.words()
              + "” are both from "
              + first.side()
              + ".");
    }
    List<Change> steps = new ArrayList<>();
    Comparison working = c;
    for (Term term : List.of(first, second)) {
      if (!untagged(working, term.spans()).isEmpty()) {
        Change step = promote(working, term);
        steps.add(step);
        working = step.applyTo(working);
      }
    }
    String firstId = tagOnOwnSide(working, first);
    String secondId = tagOnOwnSide(working, second);
    Change pair =
        first.side() == Side.A
            ? edits.pairTerms(working, firstId, secondId)
            : edits.pairTerms(working, secondId, firstId);
    steps.add(pair);
    return edits.together(
        steps, "Pair “" + first.words() + "” with “" + second.words() + "” as framing terms");
  }

  /** The id of the tag of exactly the first occurrence of {@code term} on its own side. */
  private static String tagOnOwnSide(Comparison c, Term term) {
    for (TermSpan span : term.spans()) {
      if (span.side() != term.side()) {
        continue;
      }
      Optional<TermTag> tag =
          c.terms().stream()
              .filter(
                  t ->
                      t.side() == span.side()
                          && t.start() == span.start()
                          && t.end() == span.end()
                          && t.status() != LinkStatus.REJECTED)
              .findFirst();
      if (tag.isPresent()) {
        return tag.get().id();
      }
    }
    throw new IllegalArgumentException(
        "“" + term.words() + "” has no tag of its own in " + term.side() + " to pair.");
  }
}
