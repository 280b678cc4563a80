package org.parallax.store.dto;

/** A framing-term tag. */
public record TermEntry(
    String id,
    String document,
    SelectorEntry selector,
    String frame,
    String note,
    String pairedWith,
    String status,
    String annotator,
    String created,
    String modified) {}
