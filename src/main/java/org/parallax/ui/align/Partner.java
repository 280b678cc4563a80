package org.parallax.ui.align;

import java.util.List;
import org.parallax.model.Claim;

/**
 * A claim suggested as the counterpart of the selected one.
 *
 * @param claim the claim on the other side
 * @param score the suggestion's score
 * @param reasons why it was suggested
 * @param rank 1 for the best partner, 2 for the next, …
 */
public record Partner(Claim claim, double score, List<String> reasons, int rank) {}
