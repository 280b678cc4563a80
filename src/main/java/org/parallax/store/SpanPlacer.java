package org.parallax.store;

import java.util.Optional;
import org.parallax.model.Side;
import org.parallax.store.anchor.Placement;
import org.parallax.store.anchor.Reanchorer;
import org.parallax.store.anchor.Selector;
import org.parallax.store.anchor.Span;
import org.parallax.store.anchor.TextQuote;
import org.parallax.store.anchor.WorkBudget;
import org.parallax.store.dto.PositionEntry;
import org.parallax.store.dto.QuoteEntry;
import org.parallax.store.dto.SelectorEntry;
import org.parallax.task.Progress;

/**
 * Places the saved spans of one file in its documents' texts. When a text is unchanged (its sha256
 * matches) positions are trusted and a position past the end is an error in the file; when the text
 * changed, or a quote no longer matches its position, the span is re-anchored and may become an
 * orphan. Reports to a {@link Progress} the fraction of spans placed, and stops with {@link
 * org.parallax.task.CancelledException} once it is cancelled.
 */
final class SpanPlacer {
  private final String textA;
  private final String textB;
  private final boolean changedA;
  private final boolean changedB;
  private final Reanchorer reanchorA;
  private final Reanchorer reanchorB;
  private final WorkBudget budget;
  private final Progress progress;
  private final int total;
  private int placed;
  private int moved;

  SpanPlacer(String textA, boolean changedA, String textB, boolean changedB, WorkBudget budget) {
    this(textA, changedA, textB, changedB, budget, Progress.NONE, 0);
  }

  /** A placer that reports to {@code progress} how many of {@code total} spans it placed. */
  SpanPlacer(
      String textA,
      boolean changedA,
      String textB,
      boolean changedB,
      WorkBudget budget,
      Progress progress,
      int total) {
    this.textA = textA;
    this.textB = textB;
    this.changedA = changedA;
    this.changedB = changedB;
    this.reanchorA = new Reanchorer(textA, budget);
    this.reanchorB = new Reanchorer(textB, budget);
    this.budget = budget;
    this.progress = progress;
    this.total = total;
  }

  /** Whether re-anchoring ran out of its budget, so that some spans became orphans unsought. */
  boolean budgetSpent() {
    return budget.exhausted();
  }

  /** How many spans were found somewhere other than their saved position (orphans not counted). */
  int moved() {
    return moved;
  }

  /** The span's place, or empty for an orphan. */
  Optional<Span> place(String what, String id, Side side, SelectorEntry entry, String pointer)
      throws StoreException {
    progress.checkCancelled();
    Optional<Span> span = placeOne(what, id, side, entry, pointer);
    placed++;
    if (total > 0) {
      progress.report(Math.min(1, (double) placed / total), "Placing claims and terms");
    }
    return span;
  }

  private Optional<Span> placeOne(
      String what, String id, Side side, SelectorEntry entry, String pointer)
      throws StoreException {
    SelectorEntry selector = Check.present(entry, pointer, "the selector of " + what + " " + id);
    PositionEntry position =
        Check.present(selector.position(), pointer + "/position", "the position of " + id);
    int start = Check.present(position.start(), pointer + "/position/start", "the start of " + id);
    int end = Check.present(position.end(), pointer + "/position/end", "the end of " + id);
    if (start < 0) {
      throw Check.at(
          pointer + "/position/start",
          capital(what) + " " + id + " starts at a negative offset (" + start + ")");
    }
    if (end <= start) {
      throw Check.at(
          pointer + "/position",
          capital(what) + " " + id + " has an empty or reversed span [" + start + ", " + end + ")");
    }
    String text = side == Side.A ? textA : textB;
    boolean changed = side == Side.A ? changedA : changedB;
    TextQuote quote = quote(selector.quote());
    if (!changed) {
      if (end > text.length()) {
        throw Check.at(
            pointer + "/position/end",
            capital(what)
                + " "
                + id
                + " ends at "
                + end
                + ", past the end of document "
                + side
                + " ("
                + text.length()
                + " characters)");
      }
      if (quote.exact().isEmpty()
          || (end - start == quote.exact().length() && text.startsWith(quote.exact(), start))) {
        return Optional.of(new Span(start, end));
      }
    }
    Reanchorer reanchorer = side == Side.A ? reanchorA : reanchorB;
    Placement placement = reanchorer.place(new Selector(new Span(start, end), quote));
    if (placement.method() == Placement.Method.EXACT_QUOTE
        || placement.method() == Placement.Method.FUZZY_QUOTE) {
      moved++;
    }
    return placement.span();
  }

  static TextQuote quote(QuoteEntry entry) {
    return entry == null
        ? new TextQuote("", "", "")
        : new TextQuote(entry.exact(), entry.prefix(), entry.suffix());
  }

  private static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
