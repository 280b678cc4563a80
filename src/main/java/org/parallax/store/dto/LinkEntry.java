package org.parallax.store.dto;

import java.util.List;

/**
 * A link between claim ids of side A ({@code a}) and side B ({@code b}); {@code suggestedRelation}
 * and {@code relationReasons} (format 1.3) are the aligner's, kept apart from the reader's {@code
 * relation}.
 */
public record LinkEntry(
    String id,
    List<String> a,
    List<String> b,
    String status,
    String relation,
    Double score,
    List<String> reasons,
    String note,
    String annotator,
    String created,
    String modified,
    String suggestedRelation,
    List<String> relationReasons) {}
