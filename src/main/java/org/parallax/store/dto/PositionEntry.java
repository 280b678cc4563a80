package org.parallax.store.dto;

/** A text position selector: {@code [start, end)} in UTF-16 code units of the cleaned text. */
public record PositionEntry(Integer start, Integer end) {}
