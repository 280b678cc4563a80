package org.parallax.ui.align;

import java.util.List;
import org.parallax.model.Claim;

/**
 * A claim suggested as the counterpart of the selected one, or a runner-up: a claim the aligner
 * scored next best without suggesting it.
 *
 * @param claim the claim on the other side
 * @param score the suggestion's score (the pair's, for a runner-up)
 * @param reasons why it was suggested (what the two claims share, for a runner-up)
 * @param rank 1 for the best partner, 2 for the next, …
 * @param runnerUp whether no link suggests it: one of the selected claim's next best candidates
 */
public record Partner(Claim claim, double score, List<String> reasons, int rank, boolean runnerUp) {

  /** A partner some link suggests or makes. */
  public Partner(Claim claim, double score, List<String> reasons, int rank) {
    this(claim, score, reasons, rank, false);
  }
}
