package org.parallax.present;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/** The counts of a deck's closing slide. */
final class Summary {
  private Summary() {}

  static SummarySlide of(
      Comparison c,
      List<LinkSlide> links,
      List<TermTag> terms,
      int onlyLeft,
      int onlyRight,
      List<String> prompts) {
    List<Tally> relations = new ArrayList<>();
    for (TagKind kind : c.codebook().kinds(TagTarget.LINK)) {
      int n =
          (int) links.stream().filter(l -> l.relation().filter(kind::equals).isPresent()).count();
      relations.add(Tally.of(kind, n, n));
    }
    Map<String, Integer> others = new LinkedHashMap<>();
    int unset = 0;
    for (LinkSlide link : links) {
      if (link.relation().isEmpty()) {
        unset++;
      } else if (!c.codebook().kinds(TagTarget.LINK).contains(link.relation().get())) {
        others.merge(link.relation().get().id(), 1, Integer::sum);
      }
    }
    others.forEach((id, n) -> relations.add(Tally.of(Kinds.of(c, TagTarget.LINK, id), n, n)));
    if (unset > 0) {
      relations.add(new Tally("", "", Kinds.GREY, unset, unset));
    }
    return new SummarySlide(
        links.size(), relations, frames(c, terms), onlyLeft, onlyRight, prompts);
  }

  /** Per frame in use, in codebook order (frames the codebook lacks after), the tags per side. */
  private static List<Tally> frames(Comparison c, List<TermTag> terms) {
    Map<String, int[]> counts = new HashMap<>();
    for (TermTag tag : terms) {
      counts.computeIfAbsent(tag.frame(), k -> new int[2])[tag.side() == Side.A ? 0 : 1]++;
    }
    List<Tally> frames = new ArrayList<>();
    for (TagKind kind : c.codebook().kinds(TagTarget.TERM)) {
      int[] n = counts.remove(kind.id());
      if (n != null) {
        frames.add(Tally.of(kind, n[0], n[1]));
      }
    }
    counts.forEach((id, n) -> frames.add(Tally.of(Kinds.of(c, TagTarget.TERM, id), n[0], n[1])));
    return frames;
  }
}
