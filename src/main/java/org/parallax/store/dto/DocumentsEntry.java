package org.parallax.store.dto;

/** The two documents of a comparison, under the keys {@code a} and {@code b}. */
public record DocumentsEntry(DocumentEntry a, DocumentEntry b) {}
