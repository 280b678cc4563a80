package org.parallax.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.parallax.model.Claim;

/**
 * Every claim's best partners on the other side, suggested or not: the runners-up a reader is shown
 * when a claim has no suggested link, or the wrong one. Made in the same pass as the suggestions,
 * from the same scored candidate pairs ({@link Candidates}, {@link PairScorer}), so it costs no
 * extra comparisons and holds at most {@link #DEPTH} partners per claim. Partners are ordered by
 * score (after the margin), then by the signals' plain score, then by their place in the text; a
 * pair scores the same seen from either claim, so aligning B with A gives the mirror table.
 */
public final class CandidateTable {
  /** How many partners the aligner keeps for each claim. */
  public static final int DEPTH = 8;

  /**
   * One partner of a claim.
   *
   * @param id the partner's claim id, on the other side
   * @param score the pair's score (as a suggestion's, in [0, 1], three decimals)
   * @param reasons what the two claims share, worded as a suggestion's reasons
   */
  public record Candidate(String id, double score, List<String> reasons) {
    public Candidate {
      reasons = List.copyOf(reasons);
    }
  }

  private static final CandidateTable EMPTY = new CandidateTable(Map.of());

  private final Map<String, List<Candidate>> byClaim;

  /** A table from claim id to that claim's partners, best first. */
  public CandidateTable(Map<String, List<Candidate>> byClaim) {
    Map<String, List<Candidate>> copy = new LinkedHashMap<>();
    byClaim.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    this.byClaim = Collections.unmodifiableMap(copy);
  }

  /** A table with no partners for any claim (as from an aligner that made none). */
  public static CandidateTable empty() {
    return EMPTY;
  }

  /** The partners of claim {@code claimId}, best first; empty for an unknown claim. */
  public List<Candidate> of(String claimId) {
    return byClaim.getOrDefault(claimId, List.of());
  }

  /** The (at most) {@code k} best partners of claim {@code claimId}. */
  public List<Candidate> of(String claimId, int k) {
    List<Candidate> all = of(claimId);
    return all.subList(0, Math.min(k, all.size()));
  }

  /** Claim id to partners, side A's claims first, each side in text order. */
  public Map<String, List<Candidate>> asMap() {
    return byClaim;
  }

  /**
   * Ranks the scored pairs for every claim of both sides.
   *
   * @param explain the reasons for one A×B position pair
   */
  static CandidateTable rank(
      List<ScoredPair> pairs,
      List<Claim> claimsA,
      List<Claim> claimsB,
      int depth,
      BiFunction<Integer, Integer, Reasons> explain) {
    List<List<ScoredPair>> ofA = new ArrayList<>();
    List<List<ScoredPair>> ofB = new ArrayList<>();
    claimsA.forEach(c -> ofA.add(new ArrayList<>()));
    claimsB.forEach(c -> ofB.add(new ArrayList<>()));
    for (ScoredPair p : pairs) {
      if (p.raw() > 0) {
        ofA.get(p.a()).add(p);
        ofB.get(p.b()).add(p);
      }
    }
    Comparator<ScoredPair> better =
        Comparator.comparingDouble((ScoredPair p) -> -p.score()).thenComparingDouble(p -> -p.raw());
    for (List<ScoredPair> list : ofA) {
      list.sort(better.thenComparingInt(ScoredPair::b));
      trim(list, depth);
    }
    for (List<ScoredPair> list : ofB) {
      list.sort(better.thenComparingInt(ScoredPair::a));
      trim(list, depth);
    }
    Map<ScoredPair, List<String>> reasons = reasons(ofA, ofB, explain);
    Map<String, List<Candidate>> table = new LinkedHashMap<>();
    for (int a = 0; a < claimsA.size(); a++) {
      table.put(
          claimsA.get(a).id(),
          ofA.get(a).stream()
              .map(p -> candidate(claimsB.get(p.b()).id(), p, reasons.get(p)))
              .toList());
    }
    for (int b = 0; b < claimsB.size(); b++) {
      table.put(
          claimsB.get(b).id(),
          ofB.get(b).stream()
              .map(p -> candidate(claimsA.get(p.a()).id(), p, reasons.get(p)))
              .toList());
    }
    return new CandidateTable(table);
  }

  private static void trim(List<ScoredPair> list, int depth) {
    if (list.size() > depth) {
      list.subList(depth, list.size()).clear();
    }
  }

  /** Each kept pair explained once, whichever side keeps it. */
  private static Map<ScoredPair, List<String>> reasons(
      List<List<ScoredPair>> ofA,
      List<List<ScoredPair>> ofB,
      BiFunction<Integer, Integer, Reasons> explain) {
    Map<ScoredPair, Boolean> kept = new LinkedHashMap<>();
    ofA.forEach(l -> l.forEach(p -> kept.put(p, true)));
    ofB.forEach(l -> l.forEach(p -> kept.put(p, true)));
    List<ScoredPair> all = new ArrayList<>(kept.keySet());
    List<List<String>> worded =
        all.parallelStream().map(p -> explain.apply(p.a(), p.b()).toList()).toList();
    Map<ScoredPair, List<String>> reasons = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      reasons.put(all.get(i), worded.get(i));
    }
    return reasons;
  }

  private static Candidate candidate(String id, ScoredPair p, List<String> reasons) {
    return new Candidate(id, Math.round(p.score() * 1000) / 1000.0, reasons);
  }
}
