package org.parallax.store.dto;

/** A passage cleaning removed, with the reason. */
public record RemovedEntry(String text, String reason) {}
