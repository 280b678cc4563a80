package org.parallax.tagging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/**
 * Suggested framing terms from the contested-term lexicon: where the two texts name one referent
 * differently ("Khankendi" in A, "Stepanakert" in B; "anti-terrorist operation" against
 * "offensive"), each place a text uses a name the other text never uses for that referent becomes a
 * suggested tag the reader can accept or reject. A name both texts use ("Karabakh" on both sides)
 * frames nothing between them and is not suggested. The n-th such occurrence in A is paired with
 * the n-th in B. Places that overlap any tag already there, including rejected ones, are not
 * suggested again.
 */
public final class LexiconTerms {
  private LexiconTerms() {}

  /**
   * The suggestions for {@code c}: tags with status suggested, the frame the lexicon gives the
   * referent (when the codebook has that frame, else "other"), no annotator, ids following the
   * highest term id of {@code c}. Add them with {@link Edits#addTermSuggestions}.
   */
  public static List<TermTag> suggest(Comparison c, EquivalenceLexicon lexicon, Clock clock) {
    Instant now = clock.instant();
    Map<Side, List<Found>> hits = new HashMap<>();
    for (Side side : Side.values()) {
      hits.put(side, untagged(c, side, lexicon));
    }
    List<Found> found = new ArrayList<>();
    for (Side side : Side.values()) {
      Side other = side == Side.A ? Side.B : Side.A;
      Set<String> namedThere = new HashSet<>();
      for (EquivalenceLexicon.Hit hit : lexicon.find(c.document(other).text())) {
        namedThere.add(hit.referent() + ":" + name(c, other, hit.start(), hit.end()));
      }
      for (Found f : hits.get(side)) {
        if (!namedThere.contains(f.referent() + ":" + name(c, side, f.start(), f.end()))) {
          found.add(f);
        }
      }
    }
    List<String> used = new ArrayList<>(c.terms().stream().map(TermTag::id).toList());
    List<String> ids = new ArrayList<>();
    Map<Integer, List<Integer>> inA = new HashMap<>();
    Map<Integer, List<Integer>> inB = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      String id = Ids.next("T", used, Set.of());
      used.add(id);
      ids.add(id);
      Found f = found.get(i);
      (f.side() == Side.A ? inA : inB).computeIfAbsent(f.referent(), k -> new ArrayList<>()).add(i);
    }
    String[] partners = new String[found.size()];
    for (Map.Entry<Integer, List<Integer>> entry : inA.entrySet()) {
      List<Integer> a = entry.getValue();
      List<Integer> b = inB.getOrDefault(entry.getKey(), List.of());
      for (int n = 0; n < Math.min(a.size(), b.size()); n++) {
        partners[a.get(n)] = ids.get(b.get(n));
        partners[b.get(n)] = ids.get(a.get(n));
      }
    }
    List<TermTag> suggestions = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      suggestions.add(
          new TermTag(
              ids.get(i),
              f.side(),
              f.start(),
              f.end(),
              frame(c, lexicon, f.referent()),
              "",
              partners[i],
              LinkStatus.SUGGESTED,
              "",
              now,
              now));
    }
    return suggestions;
  }

  private record Found(Side side, int referent, int start, int end) {}

  /** The lexicon's frame for the referent when the codebook has it, else "other". */
  private static String frame(Comparison c, EquivalenceLexicon lexicon, int referent) {
    String frame = lexicon.frame(referent);
    return !frame.isEmpty() && c.codebook().find(TagTarget.TERM, frame).isPresent()
        ? frame
        : "other";
  }

  private static String name(Comparison c, Side side, int start, int end) {
    return c.document(side).slice(start, end).toLowerCase(Locale.ROOT);
  }

  /** Lexicon hits of one side that no tag overlaps, in text order. */
  private static List<Found> untagged(Comparison c, Side side, EquivalenceLexicon lexicon) {
    List<Found> found = new ArrayList<>();
    for (EquivalenceLexicon.Hit hit : lexicon.find(c.document(side).text())) {
      boolean taken =
          c.terms().stream()
              .anyMatch(t -> t.side() == side && t.start() < hit.end() && hit.start() < t.end());
      if (!taken) {
        found.add(new Found(side, hit.referent(), hit.start(), hit.end()));
      }
    }
    return found;
  }
}
