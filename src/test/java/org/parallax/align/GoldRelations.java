package org.parallax.align;

import java.util.List;
import java.util.Locale;
import org.parallax.align.gold.GoldPair;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.RelationAccuracy;
import org.parallax.align.gold.SegmentedPair;
import org.parallax.model.Link;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/**
 * Development aid: the suggested relation of every gold link the aligner finds, next to the gold
 * one, on the tuning pairs (every pair but the held-out ones named in {@link #HELD_OUT}).
 */
public final class GoldRelations {
  /** Pairs kept out of tuning the relation rules. */
  public static final List<String> HELD_OUT = List.of("allotment-sale");

  public static void main(String[] args) {
    GoldSet all = GoldSet.load();
    GoldSet set =
        new GoldSet(
            all.pairs().stream()
                .filter(p -> args.length > 0 || !HELD_OUT.contains(p.name()))
                .toList());
    Segmenter segmenter = new Segmenter();
    AlignmentSettings settings = AlignmentSettings.defaults();
    for (GoldPair pair : set.pairs()) {
      SegmentedPair s = SegmentedPair.of(pair, segmenter::segment);
      List<Link> links =
          new Aligner(settings, MemoEmbedder.MINILM, GoldRun.lexiconFor(pair))
              .align(s.a(), s.aClaims(), s.b(), s.bClaims(), Progress.NONE)
              .suggestions();
      for (Link gold : s.gold()) {
        Link best = bestMatch(gold, links);
        if (best == null) {
          continue;
        }
        System.out.printf(
            Locale.ROOT,
            "%s %-10s %-10s %.2f %s %s%n    A: %s%n    B: %s%n",
            best.suggestedRelation().equals(gold.relation()) ? "  " : "XX",
            gold.relation(),
            best.suggestedRelation(),
            best.score(),
            best.reasons(),
            best.relationReasons(),
            text(s, best.aClaims(), true),
            text(s, best.bClaims(), false));
      }
    }
    RelationAccuracy r = GoldRun.relations(set, settings, MemoEmbedder.MINILM);
    r.perPair()
        .forEach(
            (name, c) ->
                System.out.printf(
                    Locale.ROOT,
                    "%-18s found %2d/%2d acc %.2f base %.2f%n",
                    name,
                    c.found(),
                    c.gold(),
                    c.accuracy(),
                    c.baselineAccuracy()));
    System.out.printf(
        Locale.ROOT,
        "micro found %d acc %.3f base(%s) %.3f%n%s%n",
        r.micro().found(),
        r.micro().accuracy(),
        r.majority(),
        r.micro().baselineAccuracy(),
        r.confusion());
  }

  private static Link bestMatch(Link gold, List<Link> links) {
    return RelationAccuracy.bestMatch(gold, links);
  }

  private static String text(SegmentedPair s, List<String> ids, boolean a) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      (a ? s.aClaims() : s.bClaims())
          .stream()
              .filter(c -> c.id().equals(id))
              .forEach(c -> out.append(c.textIn(a ? s.a() : s.b())).append(" | "));
    }
    return out.toString();
  }
}
