package org.parallax.export;

/**
 * How many rows or tags carry one codebook kind.
 *
 * @param id the kind's id ({@code agree}), or empty for "no relation yet"
 * @param label what the reader sees
 * @param colour the kind's CSS colour
 * @param count how many
 */
public record Count(String id, String label, String colour, int count) {}
