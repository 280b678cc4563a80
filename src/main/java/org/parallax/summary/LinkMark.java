package org.parallax.summary;

/**
 * Where a confirmed link falls in one essay: the place of its first claim on that side as a share
 * of the essay's length (0 at the start, 1 at the end), and its relation.
 */
public record LinkMark(String linkId, double position, String relation, String colour) {}
