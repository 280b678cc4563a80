package org.parallax.store.dto;

/** A claim: id, document ({@code A} or {@code B}) and where it sits. */
public record ClaimEntry(String id, String document, SelectorEntry selector) {}
