package org.parallax.store.dto;

/** A codebook entry; {@code target} is {@code link} or {@code term}. */
public record KindEntry(
    String id, String target, String label, String colour, String description) {}
