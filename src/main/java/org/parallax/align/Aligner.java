package org.parallax.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.task.Progress;

/**
 * Suggests which claims of document A answer which claims of document B. Every claim is compared
 * with its candidate partners by several signals (meaning, words, names and dates), pairs are
 * judged against both claims' nearest neighbours (margin), and the survivors become suggested links
 * with scores and reasons. Nothing assumes the two texts run in the same order.
 *
 * <p>Thread-safe and reusable: each aligner has fixed settings and lexicon, and caches its results
 * by the texts' sha256 and the claims, and sentence vectors by claim text. The meaning model loads
 * on the first alignment, on the calling (background) thread; if it cannot load, alignment
 * continues with lexical signals and says so in {@link AlignmentResult#notices()}.
 */
public final class Aligner {
  private static final int CACHED_RESULTS = 8;

  private final AlignmentSettings settings;
  private final EmbeddingCache embeddings;
  private final FeatureExtractor extractor;
  private final Map<String, AlignmentResult> results =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AlignmentResult> eldest) {
          return size() > CACHED_RESULTS;
        }
      };

  /** An aligner using the bundled MiniLM model for meaning similarity. */
  public Aligner(AlignmentSettings settings) {
    this(settings, MiniLmEmbedder.INSTANCE);
  }

  /** An aligner using {@code embedder} for meaning similarity and the bundled lexicon. */
  public Aligner(AlignmentSettings settings, SentenceEmbedder embedder) {
    this(settings, embedder, EquivalenceLexicon.bundled());
  }

  /**
   * An aligner using {@code embedder} for meaning similarity and {@code lexicon} (the bundled one,
   * perhaps with the reader's own entries) for contested names.
   */
  public Aligner(
      AlignmentSettings settings, SentenceEmbedder embedder, EquivalenceLexicon lexicon) {
    this.settings = settings;
    this.embeddings = new EmbeddingCache(embedder);
    this.extractor = new FeatureExtractor(lexicon);
  }

  public AlignmentSettings settings() {
    return settings;
  }

  /**
   * Aligns the claims of two documents.
   *
   * @param a the left document
   * @param claimsA its claims, in text order
   * @param b the right document
   * @param claimsB its claims, in text order
   * @param progress where to report progress; cancelling it stops the work with {@link
   *     org.parallax.task.CancelledException}
   * @return suggested links, best first
   */
  public AlignmentResult align(
      Document a, List<Claim> claimsA, Document b, List<Claim> claimsB, Progress progress) {
    String key = a.sha256() + "|" + b.sha256() + "|" + claimsA + "|" + claimsB;
    synchronized (results) {
      AlignmentResult cached = results.get(key);
      if (cached != null) {
        progress.report(1, "Alignment ready");
        return cached;
      }
    }
    AlignmentResult result = compute(a, claimsA, b, claimsB, progress);
    synchronized (results) {
      results.put(key, result);
    }
    return result;
  }

  private AlignmentResult compute(
      Document a, List<Claim> claimsA, Document b, List<Claim> claimsB, Progress progress) {
    progress.report(0, "Reading claims");
    List<String> textsA = claimsA.stream().map(c -> c.textIn(a)).toList();
    List<String> textsB = claimsB.stream().map(c -> c.textIn(b)).toList();
    List<ClaimFeatures> featuresA = textsA.parallelStream().map(extractor::extract).toList();
    List<ClaimFeatures> featuresB = textsB.parallelStream().map(extractor::extract).toList();
    progress.checkCancelled();
    List<String> notices = new ArrayList<>();
    float[][] vectors = null;
    if (settings.lexicalOnly()) {
      notices.add(
          "Meaning similarity is switched off; suggestions use words, names and dates only.");
    } else {
      List<String> all = new ArrayList<>(textsA);
      all.addAll(textsB);
      try {
        vectors = embeddings.embed(all, progress, 0.05, 0.6);
      } catch (EmbeddingUnavailableException e) {
        notices.add(
            "Meaning similarity is unavailable ("
                + e.getMessage()
                + "); suggestions use words, names and dates only.");
      }
    }
    Corpus corpus = new Corpus(featuresA, featuresB, vectors);
    List<TreeSet<Integer>> candidates =
        Candidates.find(corpus, settings.candidates(), progress, 0.6, 0.85);
    List<PairScorer.Weighted> signals = signals(corpus);
    progress.report(0.85, "Scoring candidate pairs");
    List<ScoredPair> pairs =
        new PairScorer(corpus, signals)
            .score(candidates, settings.marginNeighbours(), settings.marginWeight(), progress);
    progress.report(0.95, "Making suggestions");
    BiFunction<Integer, Integer, Reasons> explain = (x, y) -> explain(signals, corpus, x, y);
    int[] paragraphA = NeighbourExpansion.paragraphs(a, claimsA);
    int[] paragraphB = NeighbourExpansion.paragraphs(b, claimsB);
    List<Link> links =
        new LinkMaker(settings, paragraphA, paragraphB)
            .links(pairs, claimsA, claimsB, explain, settings.minScore(vectors != null));
    links = new LinkRelations(corpus, claimsA, claimsB, new RelationRules()).suggest(links);
    CandidateTable candidateTable =
        CandidateTable.of(
            corpus,
            signals,
            candidates,
            pairs,
            settings,
            claimsA,
            claimsB,
            paragraphA,
            paragraphB,
            explain,
            progress);
    progress.report(1, "Alignment ready");
    return new AlignmentResult(links, vectors != null, notices, candidateTable);
  }

  /**
   * {@code links} with their suggested relations made again, as the alignment would make them, and
   * with the framing terms the reader paired as one more reason to suggest a reframe. Reads only
   * the links' own claims; meaning comes from the vectors this aligner remembers (embedding the
   * claims it has not seen), or is left out when the settings or the model rule it out.
   *
   * @param paired the reader's paired terms, side A's words first
   */
  public List<Link> suggestRelations(
      Document a,
      List<Claim> claimsA,
      Document b,
      List<Claim> claimsB,
      List<Link> links,
      List<PairedTerm> paired,
      Progress progress) {
    return new RelationsAgain(
            extractor, settings.lexicalOnly() ? null : embeddings, new RelationRules())
        .suggest(a, claimsA, b, claimsB, links, paired, progress);
  }

  private List<PairScorer.Weighted> signals(Corpus corpus) {
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
    return signals;
  }

  /** Names first, so the "shared" reason lists names before common words. */
  private static Reasons explain(List<PairScorer.Weighted> signals, Corpus corpus, int a, int b) {
    Reasons reasons = new Reasons();
    for (int i = signals.size() - 1; i >= 0; i--) {
      signals.get(i).signal().explain(a, corpus.b(b), reasons);
    }
    return reasons;
  }
}
