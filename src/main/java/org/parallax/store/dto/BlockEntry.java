package org.parallax.store.dto;

/** A block of a document: kind ({@code paragraph}, {@code heading}, {@code editorial_note}). */
public record BlockEntry(String kind, Integer start, Integer end) {}
