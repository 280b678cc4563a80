package org.parallax.store.dto;

import java.util.List;

/** One embedded document: its cleaned text, the text's sha256, metadata, blocks and removals. */
public record DocumentEntry(
    String text,
    String sha256,
    MetadataEntry metadata,
    List<BlockEntry> blocks,
    List<RemovedEntry> removed) {}
