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
 * score (after the margin, helped by the pair's neighbours in the text: see {@link #rank}), then by
 * the signals' plain score, then by their place in the text; a pair scores the same seen from
 * either claim, so aligning B with A gives the mirror table.
 */
public final class CandidateTable {
  /** How many partners the aligner keeps for each claim. */
  public static final int DEPTH = 8;

  /**
   * How many of a claim's first partners get their reasons worded: the window shows three, after
   * skipping partners the reader has already linked. Wording every kept pair's reasons doubled the
   * time of a book-length alignment; deeper partners carry a score only.
   */
  public static final int EXPLAINED = 5;

  /**
   * One partner of a claim.
   *
   * @param id the partner's claim id, on the other side
   * @param score the pair's score (as a suggestion's, with its share of the best neighbouring
   *     pair's, see {@link CandidateTable#rank}; in [0, 1], three decimals)
   * @param reasons what the two claims share, worded as a suggestion's reasons; empty for a partner
   *     below the first {@link CandidateTable#EXPLAINED} of both claims
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
   * How much a pair's ranking owes to its neighbours: a pair ranks by its own score plus this share
   * of the best score among its neighbouring pairs (docs/benchmarks.md, chosen on the gold set).
   */
  static final double CONTEXT_WEIGHT = 0.6;

  /**
   * A pair's neighbours: one claim moved by one sentence, or both moved the same way, each staying
   * in its paragraph.
   */
  private static final int[][] NEIGHBOURS = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}};

  /**
   * Ranks the scored pairs for every claim of both sides, each pair helped by its neighbours in the
   * text: a short claim that only means something with the sentence before it ("Those measures
   * could begin this winter") ranks its partner higher when the sentence before it, or after it,
   * scores well with that partner or with the partner's own neighbour. A pair ranks by {@code score
   * + contextWeight × best neighbouring pair's score} (at most 1), and that is the score the table
   * gives.
   *
   * @param explain the reasons for one A×B position pair
   * @param contextWeight the share of the best neighbouring pair's score a pair earns (0: none)
   * @param paragraphA each side-A claim's paragraph ({@link NeighbourExpansion#paragraphs})
   * @param paragraphB each side-B claim's paragraph
   */
  static CandidateTable rank(
      List<ScoredPair> pairs,
      List<Claim> claimsA,
      List<Claim> claimsB,
      int depth,
      BiFunction<Integer, Integer, Reasons> explain,
      double contextWeight,
      int[] paragraphA,
      int[] paragraphB) {
    Map<Long, ScoredPair> own = new HashMap<>();
    for (ScoredPair p : pairs) {
      if (p.raw() > 0) {
        own.put(key(p.a(), p.b()), p);
      }
    }
    List<ScoredPair> ranked = new ArrayList<>();
    for (ScoredPair p : own.values()) {
      double near = 0;
      for (int[] move : NEIGHBOURS) {
        int a = p.a() + move[0];
        int b = p.b() + move[1];
        if (sameParagraph(paragraphA, p.a(), a) && sameParagraph(paragraphB, p.b(), b)) {
          near = Math.max(near, scoreOf(own, a, b));
        }
      }
      double score = Math.min(1, p.score() + contextWeight * near);
      ranked.add(new ScoredPair(p.a(), p.b(), p.raw(), score));
    }
    return table(ranked, claimsA, claimsB, depth, explain);
  }

  private static boolean sameParagraph(int[] paragraph, int claim, int other) {
    return other >= 0 && other < paragraph.length && paragraph[other] == paragraph[claim];
  }

  private static double scoreOf(Map<Long, ScoredPair> own, int a, int b) {
    ScoredPair p = own.get(key(a, b));
    return p == null ? 0 : p.score();
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private static CandidateTable table(
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
      ofA.get(p.a()).add(p);
      ofB.get(p.b()).add(p);
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
              .map(p -> candidate(claimsB.get(p.b()).id(), p, reasons.getOrDefault(p, List.of())))
              .toList());
    }
    for (int b = 0; b < claimsB.size(); b++) {
      table.put(
          claimsB.get(b).id(),
          ofB.get(b).stream()
              .map(p -> candidate(claimsA.get(p.a()).id(), p, reasons.getOrDefault(p, List.of())))
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
    ofA.forEach(l -> l.stream().limit(EXPLAINED).forEach(p -> kept.put(p, true)));
    ofB.forEach(l -> l.stream().limit(EXPLAINED).forEach(p -> kept.put(p, true)));
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
