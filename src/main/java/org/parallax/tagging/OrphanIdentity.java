package org.parallax.tagging;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.TermTag;

/**
 * Gives a link or term just made from an orphan the orphan's own id and creation time back, so that
 * a tag attached again by hand is the tag it was, not a new one.
 */
final class OrphanIdentity {
  private OrphanIdentity() {}

  /**
   * {@code madeId} renamed to {@code orphanId} when no other item uses that id, and dated {@code
   * created}; a change that changes nothing when no link or term is called {@code madeId}.
   */
  static Change restore(Comparison c, String madeId, String orphanId, Instant created) {
    String description = "Give " + madeId + " back its id " + orphanId;
    String id = used(c).contains(orphanId) ? madeId : orphanId;
    List<Link> links = c.links();
    for (int i = 0; i < links.size(); i++) {
      Link old = links.get(i);
      if (old.id().equals(madeId)) {
        Link back =
            new Link(
                id,
                old.aClaims(),
                old.bClaims(),
                old.status(),
                old.relation(),
                old.score(),
                old.reasons(),
                old.note(),
                old.annotator(),
                created,
                old.modified(),
                old.suggestedRelation(),
                old.relationReasons());
        return new Steps(description, List.of(new Replace<>(Part.LINKS, i, old, back)));
      }
    }
    List<TermTag> terms = c.terms();
    for (int i = 0; i < terms.size(); i++) {
      TermTag old = terms.get(i);
      if (old.id().equals(madeId)) {
        TermTag back =
            new TermTag(
                id,
                old.side(),
                old.start(),
                old.end(),
                old.frame(),
                old.note(),
                old.pairedWith(),
                old.status(),
                old.annotator(),
                created,
                old.modified());
        return new Steps(description, List.of(new Replace<>(Part.TERMS, i, old, back)));
      }
    }
    return Steps.none(description);
  }

  private static Set<String> used(Comparison c) {
    Set<String> ids = new HashSet<>();
    c.claims().stream().map(Claim::id).forEach(ids::add);
    c.links().stream().map(Link::id).forEach(ids::add);
    c.terms().stream().map(TermTag::id).forEach(ids::add);
    return ids;
  }
}
