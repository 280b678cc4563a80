package org.parallax.export;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;

/**
 * One row of the aligned table: a link with its claims on both sides.
 *
 * @param number the row's place in the table, from 1
 * @param link the link
 * @param a its claims on side A, in text order
 * @param b its claims on side B, in text order
 * @param relation its relation's codebook kind; empty while the reader has not set one
 */
public record AlignedRow(
    int number, Link link, List<Claim> a, List<Claim> b, Optional<TagKind> relation) {

  public AlignedRow {
    a = List.copyOf(a);
    b = List.copyOf(b);
  }

  /** The row's claims on {@code side}. */
  public List<Claim> claims(Side side) {
    return side == Side.A ? a : b;
  }

  /**
   * The relation the aligner suggests for a suggested row the reader has given no relation, as a
   * kind of {@code codebook}; empty otherwise (or when the codebook has no such kind).
   */
  public Optional<TagKind> suggestedRelation(org.parallax.model.Codebook codebook) {
    if (!suggested() || relation.isPresent() || link.suggestedRelation().isEmpty()) {
      return Optional.empty();
    }
    return codebook.find(org.parallax.model.TagTarget.LINK, link.suggestedRelation());
  }

  /** Whether the reader has not confirmed the link yet. */
  public boolean suggested() {
    return link.status() == LinkStatus.SUGGESTED;
  }
}
