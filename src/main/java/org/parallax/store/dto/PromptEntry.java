package org.parallax.store.dto;

import java.util.List;

/**
 * A discussion prompt: its words, the ids it is about, the template it was made from (empty when
 * the teacher wrote it) and whether the teacher reworded it.
 */
public record PromptEntry(
    String id, String text, List<String> about, String template, Boolean edited) {}
