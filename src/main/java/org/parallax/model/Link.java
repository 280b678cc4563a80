package org.parallax.model;

import java.time.Instant;
import java.util.List;

/**
 * One or more claims of A joined to one or more claims of B.
 *
 * @param id stable id such as {@code L7}
 * @param aClaims ids of side-A claims
 * @param bClaims ids of side-B claims
 * @param status suggested, confirmed or rejected
 * @param relation id of a link kind in the codebook ({@code agree}, {@code contradict}, …), or
 *     empty while unset
 * @param score the aligner's confidence in [0, 1]; 0 for links made by hand
 * @param reasons why the aligner suggested it, in words a reader understands
 * @param note the reader's free text
 * @param annotator who made or last changed it
 * @param created when it was made
 * @param modified when it last changed
 * @param suggestedRelation the relation the aligner suggests ({@code agree}, {@code contradict},
 *     …), or empty; kept apart from the reader's {@code relation}, which it never sets by itself
 * @param relationReasons why the aligner suggests that relation ("300 vs 80 attended")
 */
public record Link(
    String id,
    List<String> aClaims,
    List<String> bClaims,
    LinkStatus status,
    String relation,
    double score,
    List<String> reasons,
    String note,
    String annotator,
    Instant created,
    Instant modified,
    String suggestedRelation,
    List<String> relationReasons) {

  /** A link without a suggested relation. */
  public Link(
      String id,
      List<String> aClaims,
      List<String> bClaims,
      LinkStatus status,
      String relation,
      double score,
      List<String> reasons,
      String note,
      String annotator,
      Instant created,
      Instant modified) {
    this(
        id, aClaims, bClaims, status, relation, score, reasons, note, annotator, created, modified,
        "", List.of());
  }

  public Link {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("link id is required");
    }
    aClaims = List.copyOf(aClaims);
    bClaims = List.copyOf(bClaims);
    if (aClaims.isEmpty() || bClaims.isEmpty()) {
      throw new IllegalArgumentException("a link needs at least one claim on each side");
    }
    status = status == null ? LinkStatus.SUGGESTED : status;
    relation = relation == null ? "" : relation;
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    note = note == null ? "" : note;
    annotator = annotator == null ? "" : annotator;
    created = created == null ? Instant.EPOCH : created;
    modified = modified == null ? created : modified;
    suggestedRelation = suggestedRelation == null ? "" : suggestedRelation;
    relationReasons = relationReasons == null ? List.of() : List.copyOf(relationReasons);
  }

  /** The claim ids of {@code side}. */
  public List<String> claims(Side side) {
    return side == Side.A ? aClaims : bClaims;
  }

  /** Whether the reader has done anything with the link: judged it, related it or noted it. */
  public boolean touchedByReader() {
    return status != LinkStatus.SUGGESTED || !relation.isEmpty() || !note.isEmpty();
  }

  public boolean involves(String claimId) {
    return aClaims.contains(claimId) || bClaims.contains(claimId);
  }

  public Link withStatus(LinkStatus newStatus, Instant when) {
    return new Link(
        id,
        aClaims,
        bClaims,
        newStatus,
        relation,
        score,
        reasons,
        note,
        annotator,
        created,
        when,
        suggestedRelation,
        relationReasons);
  }

  public Link withRelation(String newRelation, Instant when) {
    return new Link(
        id,
        aClaims,
        bClaims,
        status,
        newRelation,
        score,
        reasons,
        note,
        annotator,
        created,
        when,
        suggestedRelation,
        relationReasons);
  }

  public Link withNote(String newNote, Instant when) {
    return new Link(
        id,
        aClaims,
        bClaims,
        status,
        relation,
        score,
        reasons,
        newNote,
        annotator,
        created,
        when,
        suggestedRelation,
        relationReasons);
  }

  public Link withClaims(List<String> newA, List<String> newB, Instant when) {
    return new Link(
        id,
        newA,
        newB,
        status,
        relation,
        score,
        reasons,
        note,
        annotator,
        created,
        when,
        suggestedRelation,
        relationReasons);
  }

  /** The same link, made and last changed at {@code when}. */
  public Link madeAt(Instant when) {
    return new Link(
        id,
        aClaims,
        bClaims,
        status,
        relation,
        score,
        reasons,
        note,
        annotator,
        when,
        when,
        suggestedRelation,
        relationReasons);
  }

  /** The same link with the aligner's suggested relation and its reasons. */
  public Link withSuggestedRelation(String relation, List<String> reasons) {
    return new Link(
        id,
        aClaims,
        bClaims,
        status,
        this.relation,
        score,
        this.reasons,
        note,
        annotator,
        created,
        modified,
        relation,
        reasons);
  }
}
