package org.parallax.tagging;

import java.util.List;
import java.util.function.Function;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/** Finds items of a comparison by id, failing with a sentence a reader understands. */
final class Lookup {
  private Lookup() {}

  static int link(Comparison c, String id) {
    return index(c.links(), Link::id, id, "There is no link " + id + ".");
  }

  static int claim(Comparison c, String id) {
    return index(c.claims(), Claim::id, id, "There is no claim " + id + ".");
  }

  static int term(Comparison c, String id) {
    return index(c.terms(), TermTag::id, id, "There is no term tag " + id + ".");
  }

  static int kind(Comparison c, TagTarget target, String id) {
    List<TagKind> kinds = c.codebook().kinds();
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).target() == target && kinds.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("The codebook has no " + noun(target) + " \"" + id + "\".");
  }

  /** "relation" or "frame". */
  static String noun(TagTarget target) {
    return target == TagTarget.LINK ? "relation" : "frame";
  }

  private static <T> int index(List<T> items, Function<T, String> id, String wanted, String miss) {
    for (int i = 0; i < items.size(); i++) {
      if (id.apply(items.get(i)).equals(wanted)) {
        return i;
      }
    }
    throw new IllegalArgumentException(miss);
  }
}
