package org.parallax.ui.tag;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.parallax.align.LexiconLines;
import org.parallax.model.Comparison;
import org.parallax.model.TermTag;

/**
 * The Terms tab's "Add to lexicon": a paired term's words on each side, with its frame, become one
 * entry of the reader's lexicon, so that Suggest contested terms finds them in every comparison.
 * Where the entry goes is the window's business: it hands the tagging view-model a keeper that
 * takes the entry's line and says what became of it.
 */
public final class TermToLexicon {
  private TermToLexicon() {}

  /**
   * The lexicon line of {@code term} and its partner ("exodus TAB reintegration TAB
   * frame:legality"), empty when it is not paired or both sides use the same words.
   */
  public static Optional<String> line(Comparison c, TermTag term) {
    Optional<TermTag> partner =
        c.terms().stream().filter(t -> t.id().equals(term.pairedWith())).findFirst();
    if (term.pairedWith().isEmpty() || partner.isEmpty()) {
      return Optional.empty();
    }
    TermTag a = term.side() == org.parallax.model.Side.A ? term : partner.get();
    TermTag b = a == term ? partner.get() : term;
    String wordsA = words(c, a);
    String wordsB = words(c, b);
    if (wordsA.isEmpty() || wordsB.isEmpty() || wordsA.equalsIgnoreCase(wordsB)) {
      return Optional.empty();
    }
    return Optional.of(LexiconLines.entry(List.of(wordsA, wordsB), term.frame()));
  }

  /**
   * Adds the current term's entry through {@code keeper} (which answers what the reader is told),
   * or says why there is none.
   */
  static String add(Comparison c, TermTag term, UnaryOperator<String> keeper) {
    return line(c, term)
        .map(keeper)
        .orElse(org.parallax.ui.Messages.get("terms.addToLexicon.unpaired"));
  }

  private static String words(Comparison c, TermTag term) {
    return c.document(term.side())
        .slice(term.start(), term.end())
        .replaceAll("[\\t=\\s]+", " ")
        .strip();
  }
}
