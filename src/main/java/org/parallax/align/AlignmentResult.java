package org.parallax.align;

import java.time.Instant;
import java.util.List;
import org.parallax.model.Link;

/**
 * What the aligner suggests.
 *
 * @param suggestions links with status SUGGESTED, no relation, a score and reasons, and a suggested
 *     relation with its reasons; ids {@code L1, L2, …} in order of decreasing score
 * @param usedEmbeddings whether meaning similarity took part
 * @param notices things the reader should know, such as meaning similarity being unavailable
 * @param candidates every claim's best partners on the other side, suggested or not
 */
public record AlignmentResult(
    List<Link> suggestions,
    boolean usedEmbeddings,
    List<String> notices,
    CandidateTable candidates) {
  public AlignmentResult {
    suggestions = List.copyOf(suggestions);
    notices = List.copyOf(notices);
    candidates = candidates == null ? CandidateTable.empty() : candidates;
  }

  /** A result without a table of candidates. */
  public AlignmentResult(List<Link> suggestions, boolean usedEmbeddings, List<String> notices) {
    this(suggestions, usedEmbeddings, notices, CandidateTable.empty());
  }

  /** The suggestions as made at {@code when}: their created and modified times set to it. */
  public List<Link> suggestionsMadeAt(Instant when) {
    return suggestions.stream().map(l -> l.madeAt(when)).toList();
  }
}
