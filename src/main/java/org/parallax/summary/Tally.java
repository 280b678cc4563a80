package org.parallax.summary;

/**
 * One bar of a chart.
 *
 * @param id the relation or frame id (empty for "no relation yet")
 * @param label what a reader sees
 * @param colour the codebook's colour, as CSS
 * @param count how many
 */
public record Tally(String id, String label, String colour, int count) {}
