package org.parallax.agreement;

/**
 * The teacher's word on a unit pair the class did not settle: keep it linked with a relation, or
 * drop it from the consensus.
 *
 * @param keep whether the pair is linked in the consensus
 * @param relation the relation it gets ({@code ""} for none); empty when dropped
 */
public record Settlement(boolean keep, String relation) {
  public Settlement {
    relation = relation == null || !keep ? "" : relation;
  }

  /** Linked, with {@code relation} ({@code ""} to leave it unset). */
  public static Settlement keep(String relation) {
    return new Settlement(true, relation);
  }

  /** Not linked. */
  public static Settlement drop() {
    return new Settlement(false, "");
  }
}
