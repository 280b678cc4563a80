package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Reframe: side A's claims use one term of a pair the reader made and side B's claims the other
 * ({@code "“Khankendi” / “Stepanakert”, paired by you"}). Terms match whole words, ignoring case.
 */
final class ReadersPairedTerms implements RelationRule {

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    List<String> pairs = new ArrayList<>();
    for (PairedTerm pair : link.paired()) {
      List<String> a = words(pair.a());
      List<String> b = words(pair.b());
      if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
        continue;
      }
      if (contains(link.words(Side.A), a) && contains(link.words(Side.B), b)) {
        pairs.add("\u201c" + pair.a() + "\u201d / \u201c" + pair.b() + "\u201d");
      }
    }
    return pairs.isEmpty()
        ? Optional.empty()
        : Optional.of(
            SuggestedRelation.of(
                SuggestedRelation.REFRAME, String.join(", ", pairs) + ", paired by you"));
  }

  private static List<String> words(String term) {
    return Words.of(term).stream().map(Words.Word::lower).toList();
  }

  private static boolean contains(List<String> words, List<String> term) {
    return java.util.Collections.indexOfSubList(words, term) >= 0;
  }
}
