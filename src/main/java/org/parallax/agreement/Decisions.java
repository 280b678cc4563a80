package org.parallax.agreement;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * One annotator's decisions on the shared units: the unit pairs their confirmed links cover, each
 * with the link's relation ({@code ""} when they left it unset). A link of claims {@code A3} and
 * {@code B1 + B2} covers every pair of an A unit that {@code A3} overlaps and a B unit that {@code
 * B1} or {@code B2} overlaps. Suggested links are the aligner's, not the annotator's, and rejected
 * links say only "not these": neither counts. Where two links cover the same pair, the one changed
 * last gives the relation.
 */
public final class Decisions {
  private final Map<UnitPair, String> relations;

  private Decisions(Map<UnitPair, String> relations) {
    this.relations = Collections.unmodifiableMap(relations);
  }

  /** The decisions of {@code comparison}, whose spans lie in the texts {@code units} came from. */
  public static Decisions of(Comparison comparison, Units units) {
    Map<UnitPair, String> relations = new HashMap<>();
    Map<UnitPair, Instant> when = new HashMap<>();
    for (Link link : comparison.links()) {
      if (link.status() != LinkStatus.CONFIRMED) {
        continue;
      }
      List<Integer> as = units.covered(comparison, Side.A, link.aClaims());
      List<Integer> bs = units.covered(comparison, Side.B, link.bClaims());
      for (int a : as) {
        for (int b : bs) {
          UnitPair pair = new UnitPair(a, b);
          Instant before = when.get(pair);
          if (before == null || link.modified().isAfter(before)) {
            relations.put(pair, link.relation());
            when.put(pair, link.modified());
          }
        }
      }
    }
    return new Decisions(relations);
  }

  /** Whether the annotator linked {@code pair}. */
  public boolean linked(UnitPair pair) {
    return relations.containsKey(pair);
  }

  /** The relation the annotator gave {@code pair}: null if not linked, "" if left unset. */
  public String relation(UnitPair pair) {
    return relations.get(pair);
  }

  /** Every pair the annotator linked. */
  public Set<UnitPair> pairs() {
    return relations.keySet();
  }
}
