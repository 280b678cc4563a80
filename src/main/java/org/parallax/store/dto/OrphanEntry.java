package org.parallax.store.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tag that lost its place: kind ({@code claim}, {@code term}, {@code link}), id, document, last
 * known selector, and the complete original entry in {@code data}.
 */
public record OrphanEntry(
    String kind, String id, String document, SelectorEntry selector, JsonNode data) {}
