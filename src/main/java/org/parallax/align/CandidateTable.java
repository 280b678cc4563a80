package org.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.parallax.model.Claim;
import org.parallax.task.Progress;

/**
 * Every claim's best partners on the other side, suggested or not: the runners-up a reader is shown
 * when a claim has no suggested link, or the wrong one. Made from the same candidate pairs as the
 * suggestions ({@link Candidates}), so no pair is compared that the suggestions did not compare,
 * and holds at most {@link #DEPTH} partners per claim. With the meaning model those pairs are
 * scored again ({@link PairScorer}, same weights and margin) with each claim read with its
 * paragraph ({@link ParagraphMeaning}); without it they keep the suggestions' scores and a pair is
 * helped by its neighbouring pairs. Either way a partner at the same place in the other text ranks
 * a little higher (see {@link #rank}). Partners are ordered by that ranking score, then by the
 * signals' plain score, then by their place in the text; a pair scores the same seen from either
 * claim, so aligning B with A gives the mirror table.
 */
public final class CandidateTable {
  /** How many partners the aligner keeps for each claim. */
  public static final int DEPTH = 8;

  /**
   * How many of a claim's first partners have reasons: the window shows three, after skipping
   * partners the reader has already linked; deeper partners carry a score only. Reasons are worded
   * only when asked for ({@link Candidate#reasons}), so a book-length alignment does not word the
   * tens of thousands of pairs nobody looks at.
   */
  public static final int EXPLAINED = 5;

  /**
   * One partner of a claim. Its reasons are worded when first asked for (the window asks for the
   * few it shows, {@code align --json} for none), then kept.
   */
  public static final class Candidate {
    private final String id;
    private final double score;
    private Supplier<List<String>> wording;
    private volatile List<String> reasons;

    /**
     * @param id the partner's claim id, on the other side
     * @param score the pair's ranking score (see {@link CandidateTable#rank}; in [0, 1], three
     *     decimals)
     * @param reasons what the two claims share, worded as a suggestion's reasons; empty for a
     *     partner below the first {@link CandidateTable#EXPLAINED} of both claims
     */
    public Candidate(String id, double score, List<String> reasons) {
      this.id = id;
      this.score = score;
      this.reasons = List.copyOf(reasons);
    }

    /** A partner whose reasons {@code wording} gives when they are first asked for. */
    Candidate(String id, double score, Supplier<List<String>> wording) {
      this.id = id;
      this.score = score;
      this.wording = wording;
    }

    public String id() {
      return id;
    }

    public double score() {
      return score;
    }

    /** What the two claims share, worded as a suggestion's reasons (see the constructor). */
    public List<String> reasons() {
      List<String> worded = reasons;
      if (worded == null) {
        synchronized (this) {
          if (reasons == null) {
            reasons = List.copyOf(wording.get());
            wording = null;
          }
          worded = reasons;
        }
      }
      return worded;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Candidate c
          && id.equals(c.id)
          && Double.compare(score, c.score) == 0
          && reasons().equals(c.reasons());
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, score, reasons());
    }

    @Override
    public String toString() {
      return "Candidate[id=" + id + ", score=" + score + ", reasons=" + reasons() + "]";
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
   * How much a pair's ranking owes to its neighbours when there is no meaning model: a pair ranks
   * by its own score plus this share of the best score among its neighbouring pairs
   * (docs/benchmarks.md, chosen on the gold set). With the model, the pairs come scored with their
   * paragraphs' meaning ({@link ParagraphMeaning}) instead, which does this work better, and the
   * share is 0.
   */
  static final double CONTEXT_WEIGHT = 0.6;

  /**
   * How much the paragraph's other claims count in a claim's meaning when the table is ranked
   * ({@link ParagraphMeaning}; docs/benchmarks.md, chosen on the gold set).
   */
  static final double PARAGRAPH_WEIGHT = 0.75;

  /**
   * How much a pair loses for lying at different places in the two texts: this times the distance
   * between the claims' relative positions (0 at the same place, nearly 1 for the first claim of
   * one text and the last of the other). Opposing essays tend to open, argue and close in the same
   * order even when they take up the facts in another (docs/benchmarks.md, chosen on the gold set).
   */
  static final double PLACE_WEIGHT = 0.1;

  /**
   * A pair's neighbours: one claim moved by one sentence, or both moved the same way, each staying
   * in its paragraph.
   */
  private static final int[][] NEIGHBOURS = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}};

  /**
   * Every claim's runners-up, from the aligner's candidate pairs. With the meaning model the pairs
   * are scored again with each claim read with its paragraph ({@link ParagraphMeaning}); without
   * it, a pair is helped by its neighbouring pairs' scores instead. Either way partners at the same
   * place in the other text rank a little higher.
   *
   * @param signals the signals the suggestions were scored with, and their weights
   * @param candidates each side-A claim's candidate partners ({@link Candidates#find})
   * @param pairs those pairs as the suggestions scored them
   * @param explain the reasons for one A×B position pair
   */
  static CandidateTable of(
      Corpus corpus,
      List<PairScorer.Weighted> signals,
      List<TreeSet<Integer>> candidates,
      List<ScoredPair> pairs,
      AlignmentSettings settings,
      List<Claim> claimsA,
      List<Claim> claimsB,
      int[] paragraphA,
      int[] paragraphB,
      BiFunction<Integer, Integer, Reasons> explain,
      Progress progress) {
    boolean read = corpus.hasVectors();
    List<ScoredPair> ranked =
        read
            ? readWithParagraphs(
                corpus, signals, candidates, pairs, settings, paragraphA, paragraphB, progress)
            : pairs;
    return rank(
        ranked,
        claimsA,
        claimsB,
        DEPTH,
        explain,
        read ? 0 : CONTEXT_WEIGHT,
        paragraphA,
        paragraphB,
        PLACE_WEIGHT);
  }

  /**
   * The candidate pairs scored again with meaning read with each claim's paragraph in place of
   * plain meaning, with the same weights and margin: only the meaning share of a pair's raw score
   * changes, so the words and names are not compared again.
   */
  private static List<ScoredPair> readWithParagraphs(
      Corpus corpus,
      List<PairScorer.Weighted> signals,
      List<TreeSet<Integer>> candidates,
      List<ScoredPair> pairs,
      AlignmentSettings settings,
      int[] paragraphA,
      int[] paragraphB,
      Progress progress) {
    double total = 0;
    double meaningWeight = 0;
    PairSignal plain = null;
    for (PairScorer.Weighted w : signals) {
      total += w.weight();
      if (w.signal().name().equals(Signals.MEANING)) {
        meaningWeight = w.weight();
        plain = w.signal();
      }
    }
    if (plain == null || total == 0) {
      return pairs;
    }
    // The pairs come in the candidates' order (PairScorer.score): row a, then its b ascending.
    int[][] partners = new int[candidates.size()][];
    double[][] raws = new double[candidates.size()][];
    int next = 0;
    for (int a = 0; a < candidates.size(); a++) {
      partners[a] = candidates.get(a).stream().mapToInt(Integer::intValue).toArray();
      raws[a] = new double[partners[a].length];
      for (int i = 0; i < partners[a].length; i++) {
        ScoredPair p = pairs.get(next++);
        if (p.a() != a || p.b() != partners[a][i]) {
          throw new IllegalStateException("scored pairs out of the candidates' order");
        }
        raws[a][i] = p.raw();
      }
    }
    ParagraphMeaning paragraph =
        new ParagraphMeaning(corpus, paragraphA, paragraphB, PARAGRAPH_WEIGHT);
    PairSignal meaning = plain;
    double share = meaningWeight / total;
    PairScorer.Raw read =
        (a, b) -> {
          int j = corpus.b(b);
          double change = paragraph.score(a, j) - meaning.score(a, j);
          double raw = raws[a][Arrays.binarySearch(partners[a], b)];
          return Math.max(0, Math.min(1, raw + share * change));
        };
    return new PairScorer(corpus, signals)
        .score(candidates, read, settings.marginNeighbours(), settings.marginWeight(), progress);
  }

  /**
   * Ranks the scored pairs for every claim of both sides. A pair ranks by {@code score +
   * contextWeight × best neighbouring pair's score − placeWeight × place distance}, kept within [0,
   * 1] for the score the table gives. The neighbours help a short claim that only means something
   * with the sentence before it ("Those measures could begin this winter"): it ranks its partner
   * higher when the sentence before it, or after it, scores well with that partner or with the
   * partner's own neighbour. The place distance ({@link #placeDistance}) favours partners at the
   * same place in the other text.
   *
   * @param explain the reasons for one A×B position pair
   * @param contextWeight the share of the best neighbouring pair's score a pair earns (0: none)
   * @param paragraphA each side-A claim's paragraph ({@link NeighbourExpansion#paragraphs})
   * @param paragraphB each side-B claim's paragraph
   * @param placeWeight what a pair loses per unit of place distance (0: nothing)
   */
  static CandidateTable rank(
      List<ScoredPair> pairs,
      List<Claim> claimsA,
      List<Claim> claimsB,
      int depth,
      BiFunction<Integer, Integer, Reasons> explain,
      double contextWeight,
      int[] paragraphA,
      int[] paragraphB,
      double placeWeight) {
    PairScores own = new PairScores(pairs, claimsA.size());
    BestPairs[] ofA = new BestPairs[claimsA.size()];
    BestPairs[] ofB = new BestPairs[claimsB.size()];
    Arrays.setAll(ofA, a -> new BestPairs(depth, true));
    Arrays.setAll(ofB, b -> new BestPairs(depth, false));
    own.forEach(
        p -> {
          double near = 0;
          if (contextWeight > 0) {
            for (int[] move : NEIGHBOURS) {
              int a = p.a() + move[0];
              int b = p.b() + move[1];
              if (sameParagraph(paragraphA, p.a(), a) && sameParagraph(paragraphB, p.b(), b)) {
                near = Math.max(near, own.score(a, b));
              }
            }
          }
          double place = placeDistance(p.a(), claimsA.size(), p.b(), claimsB.size());
          double score = p.score() + contextWeight * near - placeWeight * place;
          ScoredPair ranked = new ScoredPair(p.a(), p.b(), p.raw(), score);
          ofA[p.a()].offer(ranked);
          ofB[p.b()].offer(ranked);
        });
    return table(ofA, ofB, claimsA, claimsB, explain);
  }

  /**
   * How far apart two claims lie in their texts: the difference of their relative positions, each
   * claim taken at its middle ({@code (i + ½) / n}), so from 0 to just under 1.
   *
   * @param a the claim's position among {@code sizeA} claims
   * @param b the other claim's position among {@code sizeB} claims
   */
  static double placeDistance(int a, int sizeA, int b, int sizeB) {
    return Math.abs((a + 0.5) / sizeA - (b + 0.5) / sizeB);
  }

  private static boolean sameParagraph(int[] paragraph, int claim, int other) {
    return other >= 0 && other < paragraph.length && paragraph[other] == paragraph[claim];
  }

  /**
   * The table of the kept pairs. A pair among the first {@link #EXPLAINED} of either claim is given
   * its reasons, worded when first asked for; deeper pairs carry a score only.
   */
  private static CandidateTable table(
      BestPairs[] ofA,
      BestPairs[] ofB,
      List<Claim> claimsA,
      List<Claim> claimsB,
      BiFunction<Integer, Integer, Reasons> explain) {
    Map<String, List<Candidate>> table = new LinkedHashMap<>();
    for (int a = 0; a < claimsA.size(); a++) {
      table.put(claimsA.get(a).id(), partners(ofA[a], ofB, claimsB, ScoredPair::b, explain));
    }
    for (int b = 0; b < claimsB.size(); b++) {
      table.put(claimsB.get(b).id(), partners(ofB[b], ofA, claimsA, ScoredPair::a, explain));
    }
    return new CandidateTable(table);
  }

  /**
   * One claim's partners from its kept pairs.
   *
   * @param others the kept pairs of the other side's claims
   * @param partner a pair's position on the other side
   */
  private static List<Candidate> partners(
      BestPairs kept,
      BestPairs[] others,
      List<Claim> otherClaims,
      ToIntFunction<ScoredPair> partner,
      BiFunction<Integer, Integer, Reasons> explain) {
    List<ScoredPair> pairs = kept.list();
    List<Candidate> partners = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      ScoredPair p = pairs.get(i);
      int other = partner.applyAsInt(p);
      boolean explained = i < EXPLAINED || others[other].amongFirst(p, EXPLAINED);
      partners.add(candidate(otherClaims.get(other).id(), p, explained ? explain : null));
    }
    return partners;
  }

  /** A partner of the pair {@code p}, its reasons worded by {@code explain} (none when null). */
  private static Candidate candidate(
      String id, ScoredPair p, BiFunction<Integer, Integer, Reasons> explain) {
    double shown = Math.round(Math.max(0, Math.min(1, p.score())) * 1000) / 1000.0;
    return explain == null
        ? new Candidate(id, shown, List.of())
        : new Candidate(id, shown, () -> explain.apply(p.a(), p.b()).toList());
  }
}
