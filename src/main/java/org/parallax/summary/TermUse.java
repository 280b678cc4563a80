package org.parallax.summary;

/**
 * A framing term as one side uses it: its words as first tagged and how often they are tagged
 * (compared ignoring case).
 */
public record TermUse(String term, int count) {}
