package org.parallax.store.dto;

import java.util.List;

/** A document's metadata as saved. */
public record MetadataEntry(
    String title,
    List<String> authors,
    String perspective,
    String publisher,
    String date,
    String sourceUrl,
    List<String> authorNotes) {}
