package org.parallax.store.dto;

import java.util.List;

/** A link between claim ids of side A ({@code a}) and side B ({@code b}). */
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
    String modified) {}
