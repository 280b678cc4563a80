package org.parallax.tagging;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Comparison;

/**
 * Makes the reader's edits as {@link Change}s, to be applied through an {@link EditHistory}. Every
 * method checks its input against the comparison it is given and throws {@link
 * IllegalArgumentException} with a sentence for the reader when the edit cannot be made. An edit
 * that would change nothing returns a change that leaves the comparison as it is, which the history
 * does not record. Edited links and tags take this reader's name and the clock's time. Immutable.
 */
public final class Edits {
  private final EditContext context;
  private final LinkEdits links;

  /** Edits by {@code annotator}, timed by {@code clock}. */
  public Edits(Clock clock, String annotator) {
    this(new EditContext(clock, annotator, Set.of()));
  }

  private Edits(EditContext context) {
    this.context = context;
    this.links = new LinkEdits(context);
  }

  /**
   * The same edits, never giving out {@code ids} for new links, claims or tags. Pass the ids of the
   * file's orphans so that new items do not clash with them when the file is saved again.
   */
  public Edits reserving(Collection<String> ids) {
    Set<String> all = new HashSet<>(context.reserved());
    all.addAll(ids);
    return new Edits(new EditContext(context.clock(), context.annotator(), all));
  }

  /** The reader's name these edits are signed with. */
  public String annotator() {
    return context.annotator();
  }

  // Links

  /** Confirms a suggested (or earlier rejected) link. */
  public Change accept(Comparison c, String linkId) {
    return links.accept(c, linkId);
  }

  /** Rejects a link; it stays in the comparison so it is not suggested again. */
  public Change reject(Comparison c, String linkId) {
    return links.reject(c, linkId);
  }

  /**
   * Links claims of A with claims of B by hand: a new confirmed link {@code Ln} (one more than the
   * highest link number), score 0, reason "linked by hand". When a suggested or rejected link joins
   * exactly these claims already, that link is confirmed instead of adding a second one.
   *
   * @param relation a link relation of the codebook, or empty for none yet
   */
  public Change link(Comparison c, List<String> aIds, List<String> bIds, String relation) {
    return links.link(c, aIds, bIds, relation);
  }

  /** Removes a link altogether. */
  public Change unlink(Comparison c, String linkId) {
    return links.unlink(c, linkId);
  }

  /** Sets the relation of a link: a link relation of the codebook, or empty to clear it. */
  public Change setRelation(Comparison c, String linkId, String relation) {
    return links.setRelation(c, linkId, relation);
  }

  /** Replaces the reader's note on a link. */
  public Change setNote(Comparison c, String linkId, String note) {
    return links.setNote(c, linkId, note);
  }
}
