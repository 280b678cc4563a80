package org.parallax.store.dto;

/**
 * Where a tag sits, said twice as W3C Web Annotation does: by position and by quote. The quote lets
 * the tag be found again when positions no longer fit the text.
 */
public record SelectorEntry(PositionEntry position, QuoteEntry quote) {}
