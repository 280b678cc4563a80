package org.parallax.store.dto;

import java.util.List;

/**
 * The top level of a {@code .parallax.json} file, field for field. Fields are nullable here: the
 * loader checks presence and reports what is missing.
 */
public record ComparisonFile(
    String format,
    String formatVersion,
    String appVersion,
    String title,
    String annotator,
    String created,
    String modified,
    DocumentsEntry documents,
    List<ClaimEntry> claims,
    List<LinkEntry> links,
    List<TermEntry> terms,
    List<KindEntry> codebook,
    List<PromptEntry> prompts,
    List<OrphanEntry> orphans) {}
