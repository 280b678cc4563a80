package org.parallax.align;

/**
 * A candidate pair and its scores.
 *
 * @param a position of the claim among side A's claims
 * @param b position of the claim among side B's claims
 * @param raw weighted combination of the signals, in [0, 1]
 * @param score {@code raw} less the margin penalty, in [0, 1]
 */
record ScoredPair(int a, int b, double raw, double score) {}
