package org.parallax.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.task.Progress;

/**
 * The signal values of the candidate pairs an alignment scored, and what it takes to make
 * suggestions from them again under other weights and another threshold ({@link DecisionLearner}
 * does so from the reader's decisions). The table is filled on first use, so an alignment that
 * nobody learns from costs nothing more; once filled, making suggestions again needs no signal to
 * run, only the weighted means, the margin and the link rules of the first alignment.
 *
 * <p>Thread-safe. Claims are addressed by their position among their side's claims.
 */
public final class PairFeatures {
  private static final PairFeatures NONE =
      new PairFeatures(
          new Corpus(List.of(), List.of(), null),
          List.of(),
          (a, b) -> new double[0],
          List.of(),
          List.of(),
          List.of(),
          new int[0],
          new int[0],
          AlignmentSettings.defaults(),
          false,
          (a, b) -> new Reasons());

  /** The signal values of one claim pair, by position. */
  interface Values {
    double[] of(int a, int b);
  }

  private final Corpus corpus;
  private final List<String> signals;
  private final Values values;
  private final List<TreeSet<Integer>> candidates;
  private final List<Claim> claimsA;
  private final List<Claim> claimsB;
  private final int[] paragraphA;
  private final int[] paragraphB;
  private final AlignmentSettings settings;
  private final boolean withMeaning;
  private final BiFunction<Integer, Integer, Reasons> explain;
  private final Map<String, Integer> positions = new HashMap<>();
  private Map<Long, double[]> table;

  /**
   * @param corpus the claims as scored (only its sizes are used here)
   * @param signals the signals' names, in the order of {@code values}
   * @param values computes a pair's signal values
   * @param candidates for each side-A claim, the side-B positions that were scored
   * @param paragraphA each side-A claim's paragraph, as {@link NeighbourExpansion#paragraphs} gives
   * @param settings the settings of the alignment
   * @param withMeaning whether meaning similarity took part (which minimum score applies)
   * @param explain the reasons of a pair
   */
  PairFeatures(
      Corpus corpus,
      List<String> signals,
      Values values,
      List<TreeSet<Integer>> candidates,
      List<Claim> claimsA,
      List<Claim> claimsB,
      int[] paragraphA,
      int[] paragraphB,
      AlignmentSettings settings,
      boolean withMeaning,
      BiFunction<Integer, Integer, Reasons> explain) {
    this.corpus = corpus;
    this.signals = List.copyOf(signals);
    this.values = values;
    this.candidates = candidates;
    this.claimsA = List.copyOf(claimsA);
    this.claimsB = List.copyOf(claimsB);
    this.paragraphA = paragraphA;
    this.paragraphB = paragraphB;
    this.settings = settings;
    this.withMeaning = withMeaning;
    this.explain = explain;
    for (int i = 0; i < claimsA.size(); i++) {
      positions.put(claimsA.get(i).id(), i);
    }
    for (int i = 0; i < claimsB.size(); i++) {
      positions.put(claimsB.get(i).id(), i);
    }
  }

  /** The features of the scored pairs of one alignment. */
  static PairFeatures of(
      Corpus corpus,
      List<PairScorer.Weighted> signals,
      List<TreeSet<Integer>> candidates,
      Document a,
      List<Claim> claimsA,
      Document b,
      List<Claim> claimsB,
      AlignmentSettings settings,
      BiFunction<Integer, Integer, Reasons> explain) {
    List<PairSignal> used = signals.stream().map(PairScorer.Weighted::signal).toList();
    return new PairFeatures(
        corpus,
        used.stream().map(PairSignal::name).toList(),
        (x, y) -> used.stream().mapToDouble(s -> s.score(x, corpus.b(y))).toArray(),
        candidates,
        claimsA,
        claimsB,
        NeighbourExpansion.paragraphs(a, claimsA),
        NeighbourExpansion.paragraphs(b, claimsB),
        settings,
        corpus.hasVectors(),
        explain);
  }

  /**
   * The features of the pairs that an {@link Aligner} with {@code settings}, {@code embedder} and
   * {@code lexicon} scores for these claims, worked out again as it works them out (the aligner
   * keeps none: the window does not learn, so this lives with the learning experiment in the test
   * sources). Its suggestions under the shipped weights are the aligner's (checked in {@code
   * DecisionLearnerTest}).
   */
  public static PairFeatures of(
      Document a,
      List<Claim> claimsA,
      Document b,
      List<Claim> claimsB,
      AlignmentSettings settings,
      SentenceEmbedder embedder,
      EquivalenceLexicon lexicon) {
    FeatureExtractor extractor = new FeatureExtractor(lexicon);
    List<String> textsA = claimsA.stream().map(c -> c.textIn(a)).toList();
    List<String> textsB = claimsB.stream().map(c -> c.textIn(b)).toList();
    List<ClaimFeatures> featuresA = textsA.parallelStream().map(extractor::extract).toList();
    List<ClaimFeatures> featuresB = textsB.parallelStream().map(extractor::extract).toList();
    float[][] vectors = null;
    if (!settings.lexicalOnly()) {
      List<String> all = new ArrayList<>(textsA);
      all.addAll(textsB);
      try {
        vectors = new EmbeddingCache(embedder).embed(all, Progress.NONE, 0, 1);
      } catch (EmbeddingUnavailableException e) {
        vectors = null; // the aligner goes on with the lexical signals, and so do we
      }
    }
    Corpus corpus = new Corpus(featuresA, featuresB, vectors);
    List<TreeSet<Integer>> candidates =
        Candidates.find(corpus, settings.candidates(), Progress.NONE, 0, 1);
    List<PairScorer.Weighted> signals = new ArrayList<>();
    if (corpus.hasVectors()) {
      signals.add(
          new PairScorer.Weighted(
              Signals.create(Signals.MEANING, corpus), settings.meaningWeight()));
    }
    signals.add(
        new PairScorer.Weighted(Signals.create(Signals.WORDS, corpus), settings.wordsWeight()));
    signals.add(
        new PairScorer.Weighted(Signals.create(Signals.NAMES, corpus), settings.namesWeight()));
    BiFunction<Integer, Integer, Reasons> explain =
        (x, y) -> {
          Reasons reasons = new Reasons(); // names first, as the aligner words them
          for (int i = signals.size() - 1; i >= 0; i--) {
            signals.get(i).signal().explain(x, corpus.b(y), reasons);
          }
          return reasons;
        };
    return of(corpus, signals, candidates, a, claimsA, b, claimsB, settings, explain);
  }

  /** Features of nothing: an alignment that kept none (made by hand, or read from a file). */
  public static PairFeatures none() {
    return NONE;
  }

  public boolean isEmpty() {
    return claimsA.isEmpty() || claimsB.isEmpty();
  }

  /** The signals' names ({@code meaning}, {@code words}, {@code names}), in value order. */
  public List<String> signals() {
    return signals;
  }

  /** The settings of the alignment these features come from. */
  public AlignmentSettings settings() {
    return settings;
  }

  /** Whether meaning similarity took part, so which minimum score applies. */
  public boolean withMeaning() {
    return withMeaning;
  }

  /** Every scored pair with its signal values, side A's claims in order. */
  public List<ScoredFeatures> scored() {
    Map<Long, double[]> t = table();
    List<ScoredFeatures> rows = new ArrayList<>();
    for (int a = 0; a < candidates.size(); a++) {
      for (int b : candidates.get(a)) {
        rows.add(new ScoredFeatures(a, b, t.get(key(a, b)).clone()));
      }
    }
    return rows;
  }

  /**
   * The signal values of one pair of claims, by position, scored or not.
   *
   * @return one value per signal, as {@link #signals()} names them
   */
  public double[] valuesOf(int a, int b) {
    double[] known = table().get(key(a, b));
    return known != null ? known.clone() : values.of(a, b);
  }

  /** The position of a claim among its side's claims, or -1. */
  int position(String claimId) {
    return positions.getOrDefault(claimId, -1);
  }

  int sizeA() {
    return claimsA.size();
  }

  int sizeB() {
    return claimsB.size();
  }

  Claim claimA(int a) {
    return claimsA.get(a);
  }

  Claim claimB(int b) {
    return claimsB.get(b);
  }

  /** The side-B positions scored against side-A claim {@code a}. */
  Set<Integer> candidatesOf(int a) {
    return candidates.get(a);
  }

  /**
   * Suggestions from the scored pairs under {@code weights} and {@code minScore}, by the rules of
   * the first alignment (each with its suggested relation, as the aligner gives it), without the
   * pairs in {@code excluded} (keys of {@link #key}).
   *
   * @param weights one weight per signal
   */
  List<Link> suggest(double[] weights, double minScore, Collection<Long> excluded) {
    if (isEmpty()) {
      return List.of();
    }
    Map<Long, double[]> t = table();
    List<PairScorer.Weighted> columns = new ArrayList<>();
    for (int s = 0; s < signals.size(); s++) {
      columns.add(new PairScorer.Weighted(new Column(s, t, claimsA.size()), weights[s]));
    }
    List<ScoredPair> pairs =
        new PairScorer(corpus, columns)
            .score(candidates, settings.marginNeighbours(), settings.marginWeight(), Progress.NONE);
    Set<Long> dropped = Set.copyOf(excluded);
    List<ScoredPair> kept =
        pairs.stream().filter(p -> !dropped.contains(key(p.a(), p.b()))).toList();
    List<Link> links =
        new LinkMaker(settings, paragraphA, paragraphB)
            .links(new ArrayList<>(kept), claimsA, claimsB, explain, minScore);
    return new LinkRelations(corpus, claimsA, claimsB, new RelationRules()).suggest(links);
  }

  /** The key of a pair of positions. */
  static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  private synchronized Map<Long, double[]> table() {
    if (table == null) {
      List<Map<Long, double[]>> rows =
          IntStream.range(0, candidates.size())
              .parallel()
              .mapToObj(
                  a -> {
                    Map<Long, double[]> row = new HashMap<>();
                    for (int b : candidates.get(a)) {
                      row.put(key(a, b), values.of(a, b));
                    }
                    return row;
                  })
              .toList();
      Map<Long, double[]> all = new HashMap<>();
      rows.forEach(all::putAll);
      table = all;
    }
    return table;
  }

  /** One signal read back from the table, so that rescoring runs no signal again. */
  private record Column(int signal, Map<Long, double[]> table, int sizeA) implements PairSignal {
    @Override
    public String name() {
      return "column " + signal;
    }

    @Override
    public double score(int a, int b) {
      return table.get(key(a, b - sizeA))[signal];
    }

    @Override
    public void explain(int a, int b, Reasons reasons) {}
  }
}
