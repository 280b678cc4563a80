package org.parallax.ui.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;
import org.parallax.tagging.Change;
import org.parallax.tagging.ComparisonNames;
import org.parallax.tagging.Edits;
import org.parallax.tagging.TermPair;
import org.parallax.tagging.TermPairs;
import org.parallax.ui.Messages;
import org.parallax.ui.support.ListUpdate;

/**
 * The term-pairs view: "A says X where B says Y" for every pair of framing terms, tagged or
 * suggested ({@link TermPairs}), in the reading order of the active side; confirming a suggested
 * pair and unpairing, each one undo step.
 */
public final class TermPairsViewModel {
  private final TaggingViewModel tagging;
  private final ObservableList<TermPair> pairs = FXCollections.observableArrayList();
  private Comparison listedFrom;
  private Side listedIn;

  public TermPairsViewModel(TaggingViewModel tagging) {
    this.tagging = tagging;
  }

  /** The pairs of the comparison on screen, as of the last {@link #refresh()}. */
  public ObservableList<TermPair> pairs() {
    return pairs;
  }

  /** Lists the pairs again when the comparison or the reading order changed since last time. */
  public void refresh() {
    Comparison c = tagging.session().currentProperty().get();
    Side order = tagging.activeSideProperty().get();
    if (c == listedFrom && order == listedIn) {
      return;
    }
    listedFrom = c;
    listedIn = order;
    ListUpdate.replaceChanged(pairs, c == null ? List.of() : TermPairs.of(c, order));
  }

  /** "Azerbaijani perspective says “Khankendi” (4×) where Armenian perspective says …". */
  public String sentence(TermPair pair) {
    Comparison c = tagging.session().currentProperty().get();
    return Messages.get(
        "termPairs.row",
        c == null ? Side.A.name() : ComparisonNames.sideName(c, Side.A),
        pair.a().words(),
        pair.a().count(),
        c == null ? Side.B.name() : ComparisonNames.sideName(c, Side.B),
        pair.b().words(),
        pair.b().count());
  }

  /** The frames of both terms ("Cultural identity", or "Security / Crime" when they differ). */
  public String frames(TermPair pair) {
    List<String> labels = new ArrayList<>();
    for (Side side : Side.values()) {
      for (TagKind kind : pair.term(side).frames()) {
        if (!labels.contains(kind.label())) {
          labels.add(kind.label());
        }
      }
    }
    String frames = String.join(" / ", labels);
    return pair.confirmed()
        ? frames
        : Messages.get("termPairs.suggested", frames, Messages.get("status.suggested"));
  }

  /** The first paired occurrence of each term, A's first, for the essays to show. */
  public List<TermTag> firsts(TermPair pair) {
    return List.of(pair.a().first(), pair.b().first());
  }

  /** Accepts every suggested tag of {@code pair}, as one undo step; nothing when none is left. */
  public boolean confirm(TermPair pair) {
    if (pair.confirmed()) {
      return false;
    }
    return tagging.edit(
        edits ->
            c -> {
              List<Change> steps = new ArrayList<>();
              Comparison working = c;
              for (String id : pair.tagIds()) {
                Optional<TermTag> tag = find(working, id);
                if (tag.isPresent() && tag.get().status() == LinkStatus.SUGGESTED) {
                  Change step = edits.acceptTermSuggestion(working, id);
                  steps.add(step);
                  working = step.applyTo(working);
                }
              }
              return edits.together(steps, describe("Confirm", pair));
            });
  }

  /** Unpairs every pair of tags behind {@code pair}, as one undo step; the tags stay. */
  public boolean unpair(TermPair pair) {
    return tagging.edit(edits -> c -> unpairAll(edits, c, pair));
  }

  private static Change unpairAll(Edits edits, Comparison c, TermPair pair) {
    List<Change> steps = new ArrayList<>();
    Comparison working = c;
    for (String id : pair.a().tagIds()) {
      Optional<TermTag> tag = find(working, id);
      if (tag.isPresent() && !tag.get().pairedWith().isEmpty()) {
        Change step = edits.unpairTerm(working, id);
        steps.add(step);
        working = step.applyTo(working);
      }
    }
    return edits.together(steps, describe("Unpair", pair));
  }

  private static String describe(String verb, TermPair pair) {
    return verb + " \u201c" + pair.a().words() + "\u201d and \u201c" + pair.b().words() + "\u201d";
  }

  private static Optional<TermTag> find(Comparison c, String id) {
    return c.terms().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
