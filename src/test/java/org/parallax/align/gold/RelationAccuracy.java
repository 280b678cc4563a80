package org.parallax.align.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * How often the aligner's suggested relation is the gold relation, on the gold links the aligner
 * finds. A gold link is found when a suggestion shares a claim pair with it; the suggestion sharing
 * most of its claim pairs (then the higher scoring one) is the one whose relation counts. The
 * baseline always answers the majority relation: the one most frequent among the set's gold links.
 *
 * @param perPair each pair's counts, in the set's order
 * @param micro counts summed over the pairs
 * @param majority the most frequent gold relation of the set
 * @param confusion how often each gold relation (row) got each suggested relation (column)
 * @param reachable per pair, the most found links any choice of relations could get right: one
 *     suggestion judged for two gold links of different relations gets at most one of them right
 */
public record RelationAccuracy(
    Map<String, Counts> perPair,
    Counts micro,
    String majority,
    Map<String, Map<String, Integer>> confusion,
    Map<String, Integer> reachable) {

  /**
   * @param gold the pair's gold links
   * @param found gold links the aligner found
   * @param right found links whose suggested relation is the gold one
   * @param baseline found links whose gold relation is the majority relation
   */
  public record Counts(int gold, int found, int right, int baseline) {
    public double accuracy() {
      return found == 0 ? 0 : (double) right / found;
    }

    public double baselineAccuracy() {
      return found == 0 ? 0 : (double) baseline / found;
    }

    public Counts plus(Counts o) {
      return new Counts(gold + o.gold, found + o.found, right + o.right, baseline + o.baseline);
    }
  }

  public RelationAccuracy {
    perPair = Collections.unmodifiableMap(new LinkedHashMap<>(perPair));
    reachable = Collections.unmodifiableMap(new LinkedHashMap<>(reachable));
  }

  /** The most found links of {@code pairs} any choice of relations could get right. */
  public int reachable(java.util.Collection<String> pairs) {
    return pairs.stream().mapToInt(p -> reachable.getOrDefault(p, 0)).sum();
  }

  /** Runs {@code aligner} on every pair of {@code set} and compares suggested relations. */
  public static RelationAccuracy run(
      GoldSet set,
      BiFunction<Document, Side, List<Claim>> segmenter,
      Function<SegmentedPair, List<Link>> aligner) {
    String majority = majority(set);
    Map<String, Counts> perPair = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Map<String, Integer> reachable = new LinkedHashMap<>();
    Counts micro = new Counts(0, 0, 0, 0);
    for (GoldPair pair : set.pairs()) {
      SegmentedPair segmented = SegmentedPair.of(pair, segmenter);
      List<Link> predicted =
          aligner.apply(segmented).stream()
              .filter(link -> link.status() != LinkStatus.REJECTED)
              .toList();
      int found = 0;
      int right = 0;
      int baseline = 0;
      Map<Link, Map<String, Integer>> judgedBy = new LinkedHashMap<>();
      for (Link gold : segmented.gold()) {
        Link best = bestMatch(gold, predicted);
        if (best == null) {
          continue;
        }
        found++;
        judgedBy
            .computeIfAbsent(best, k -> new TreeMap<>())
            .merge(gold.relation(), 1, Integer::sum);
        right += best.suggestedRelation().equals(gold.relation()) ? 1 : 0;
        baseline += majority.equals(gold.relation()) ? 1 : 0;
        confusion
            .computeIfAbsent(gold.relation(), k -> new TreeMap<>())
            .merge(
                best.suggestedRelation().isEmpty() ? "-" : best.suggestedRelation(),
                1,
                Integer::sum);
      }
      Counts counts = new Counts(segmented.gold().size(), found, right, baseline);
      perPair.put(pair.name(), counts);
      reachable.put(
          pair.name(),
          judgedBy.values().stream()
              .mapToInt(byRelation -> Collections.max(byRelation.values()))
              .sum());
      micro = micro.plus(counts);
    }
    return new RelationAccuracy(perPair, micro, majority, confusion, reachable);
  }

  /** The suggestion sharing most claim pairs with {@code gold}, or null when none shares any. */
  public static Link bestMatch(Link gold, List<Link> predicted) {
    Set<ClaimPair> pairs = ClaimPair.expand(List.of(gold));
    List<Link> sharing = new ArrayList<>();
    Map<Link, Integer> shared = new LinkedHashMap<>();
    for (Link link : predicted) {
      int n = (int) ClaimPair.expand(List.of(link)).stream().filter(pairs::contains).count();
      if (n > 0) {
        sharing.add(link);
        shared.put(link, n);
      }
    }
    return sharing.stream()
        .max(
            Comparator.comparingInt((Link l) -> shared.get(l))
                .thenComparingDouble(Link::score)
                .thenComparing(Link::id, Comparator.reverseOrder()))
        .orElse(null);
  }

  /**
   * The most frequent relation among the set's gold links (ties: the first in {@link
   * GoldLink#RELATIONS}).
   */
  public static String majority(GoldSet set) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    GoldLink.RELATIONS.forEach(r -> counts.put(r, 0));
    set.pairs().forEach(p -> p.links().forEach(l -> counts.merge(l.relation(), 1, Integer::sum)));
    String best = GoldLink.RELATIONS.get(0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
