package org.parallax.align;

/**
 * One scored candidate pair and its signal values, before weighting and margin.
 *
 * @param a position of the claim among side A's claims
 * @param b position of the claim among side B's claims
 * @param values one value in [0, 1] per signal, in the order of {@link PairFeatures#signals()}
 */
public record ScoredFeatures(int a, int b, double[] values) {}
