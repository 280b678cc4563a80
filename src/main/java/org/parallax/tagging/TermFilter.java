package org.parallax.tagging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/**
 * Which framing-term tags the side panel lists. Every criterion must hold; an empty set allows
 * anything.
 *
 * @param frames frame ids to keep
 * @param statuses statuses to keep (suggested, confirmed, rejected)
 * @param side when present, keep only the tags of this side
 * @param onlyWithNote keep only tags the reader wrote a note on
 * @param search text to find, ignoring case, in the tagged words, the note, the frame label or the
 *     id; blank finds everything
 */
public record TermFilter(
    Set<String> frames,
    Set<LinkStatus> statuses,
    Optional<Side> side,
    boolean onlyWithNote,
    String search) {

  public TermFilter {
    frames = frames == null ? Set.of() : Set.copyOf(frames);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    side = side == null ? Optional.empty() : side;
    search = search == null ? "" : search.strip();
  }

  /** A filter that keeps every tag. */
  public static TermFilter all() {
    return new TermFilter(Set.of(), Set.of(), Optional.empty(), false, "");
  }

  /** The tags of {@code c} this filter keeps, in the comparison's order. */
  public List<TermTag> apply(Comparison c) {
    return c.terms().stream().filter(t -> test(c, t)).toList();
  }

  /** Whether this filter keeps {@code tag} of {@code c}. */
  public boolean test(Comparison c, TermTag tag) {
    if (!frames.isEmpty() && !frames.contains(tag.frame())) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(tag.status())) {
      return false;
    }
    if (side.isPresent() && side.get() != tag.side()) {
      return false;
    }
    if (onlyWithNote && tag.note().isBlank()) {
      return false;
    }
    return search.isEmpty() || searchText(c, tag).contains(search.toLowerCase(Locale.ROOT));
  }

  /** This filter keeping other frames (empty for any). */
  public TermFilter withFrames(Set<String> newFrames) {
    return new TermFilter(newFrames, statuses, side, onlyWithNote, search);
  }

  /** This filter keeping other statuses (empty for any). */
  public TermFilter withStatuses(Set<LinkStatus> newStatuses) {
    return new TermFilter(frames, newStatuses, side, onlyWithNote, search);
  }

  /** This filter with another side (empty for both). */
  public TermFilter withSide(Optional<Side> newSide) {
    return new TermFilter(frames, statuses, newSide, onlyWithNote, search);
  }

  /** This filter, keeping only items with a note or not. */
  public TermFilter withOnlyWithNote(boolean newOnlyWithNote) {
    return new TermFilter(frames, statuses, side, newOnlyWithNote, search);
  }

  /** This filter with other search text. */
  public TermFilter withSearch(String newSearch) {
    return new TermFilter(frames, statuses, side, onlyWithNote, newSearch);
  }

  private static String searchText(Comparison c, TermTag tag) {
    String words = c.document(tag.side()).slice(tag.start(), tag.end());
    String label = c.codebook().find(TagTarget.TERM, tag.frame()).map(TagKind::label).orElse("");
    return String.join("\n", tag.id(), words, tag.note(), label).toLowerCase(Locale.ROOT);
  }
}
