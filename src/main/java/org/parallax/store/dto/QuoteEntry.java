package org.parallax.store.dto;

/** A text quote selector: the exact text and up to 32 characters of context on either side. */
public record QuoteEntry(String exact, String prefix, String suffix) {}
