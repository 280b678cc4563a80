package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.Orphan;

/**
 * A comparison as it belongs to a file: the live model plus what the file holds beside it. Keep it
 * as the document's file state and save it with {@link #withComparison} so that orphans and fields
 * from newer versions survive a re-save.
 *
 * @param comparison the live model
 * @param orphans tags that could not be placed in the current texts, in file order
 * @param extras fields of the file this version does not know, written back on save
 * @param formatVersion the version the file was written in ({@link FormatVersion#CURRENT} for new
 *     comparisons)
 * @param notices what loading did that a reader may want to know (migration, re-anchoring)
 */
public record LoadedComparison(
    Comparison comparison,
    List<Orphan> orphans,
    Extras extras,
    FormatVersion formatVersion,
    List<String> notices) {

  public LoadedComparison {
    if (comparison == null) {
      throw new IllegalArgumentException("comparison is required");
    }
    orphans = orphans == null ? List.of() : List.copyOf(orphans);
    extras = extras == null ? Extras.none() : extras;
    formatVersion = formatVersion == null ? FormatVersion.CURRENT : formatVersion;
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** A comparison that has never been saved: no orphans, no extras. */
  public static LoadedComparison of(Comparison comparison) {
    return new LoadedComparison(comparison, List.of(), Extras.none(), null, List.of());
  }

  /** The same file state with the live model replaced (after the reader edited it). */
  public LoadedComparison withComparison(Comparison newComparison) {
    return new LoadedComparison(newComparison, orphans, extras, formatVersion, notices);
  }

  public LoadedComparison withOrphans(List<Orphan> newOrphans) {
    return new LoadedComparison(comparison, newOrphans, extras, formatVersion, notices);
  }

  /** Without {@code orphan}, e.g. after the reader attached it again by hand. */
  /** The same state with {@code orphan} waiting again (an attach was undone). */
  public LoadedComparison withOrphan(Orphan orphan) {
    List<Orphan> all = new ArrayList<>(orphans);
    if (!all.contains(orphan)) {
      all.add(orphan);
    }
    return withOrphans(all);
  }

  public LoadedComparison withoutOrphan(Orphan orphan) {
    List<Orphan> left = new ArrayList<>(orphans);
    left.remove(orphan);
    return withOrphans(left);
  }

  /** One line: documents, claims, links, tags and orphans. */
  public String summary() {
    Comparison c = comparison;
    return "2 documents ("
        + c.a().text().length()
        + " and "
        + c.b().text().length()
        + " characters), "
        + c.claims().size()
        + " claims, "
        + c.links().size()
        + " links, "
        + c.terms().size()
        + " tags, "
        + orphans.size()
        + " orphans";
  }
}
