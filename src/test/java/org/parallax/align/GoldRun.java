package org.parallax.align;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.parallax.align.gold.GoldEvaluation;
import org.parallax.align.gold.GoldPair;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.RelationAccuracy;
import org.parallax.align.gold.SegmentedPair;
import org.parallax.align.gold.TfIdfBaseline;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/** Runs Parallax's aligner, or the TF-IDF baseline, over the gold set. */
public final class GoldRun {
  private GoldRun() {}

  /** Parallax with {@code settings}; each pair's contested names are the user's lexicon entries. */
  public static GoldEvaluation parallax(
      GoldSet set, AlignmentSettings settings, SentenceEmbedder embedder) {
    Segmenter segmenter = new Segmenter();
    return GoldEvaluation.run(
        set,
        segmenter::segment,
        pair -> {
          Aligner aligner = new Aligner(settings, embedder, lexiconFor(pair.pair()));
          return aligner
              .align(pair.a(), pair.aClaims(), pair.b(), pair.bClaims(), Progress.NONE)
              .suggestions();
        });
  }

  /**
   * Parallax's full result for one segmented gold pair (suggestions and every claim's candidates),
   * the pair's contested names given as the user's lexicon entries.
   */
  public static AlignmentResult align(
      SegmentedPair pair, AlignmentSettings settings, SentenceEmbedder embedder) {
    return new Aligner(settings, embedder, lexiconFor(pair.pair()))
        .align(pair.a(), pair.aClaims(), pair.b(), pair.bClaims(), Progress.NONE);
  }

  /** How often Parallax's suggested relations are the gold ones, with {@code settings}. */
  public static RelationAccuracy relations(
      GoldSet set, AlignmentSettings settings, SentenceEmbedder embedder) {
    Segmenter segmenter = new Segmenter();
    return RelationAccuracy.run(
        set,
        segmenter::segment,
        pair ->
            new Aligner(settings, embedder, lexiconFor(pair.pair()))
                .align(pair.a(), pair.aClaims(), pair.b(), pair.bClaims(), Progress.NONE)
                .suggestions());
  }

  /** The TF-IDF cosine baseline (mutual best, the reported rule), on the same segmentation. */
  public static GoldEvaluation baseline(GoldSet set) {
    Segmenter segmenter = new Segmenter();
    return GoldEvaluation.run(
        set, segmenter::segment, pair -> TfIdfBaseline.standard().align(pair));
  }

  /** The bundled lexicon plus the pair's own equivalences, as a user would add them. */
  static EquivalenceLexicon lexiconFor(GoldPair pair) {
    String entries =
        pair.equivalences().stream()
            .map(e -> e.a() + "\t" + e.b())
            .collect(Collectors.joining("\n"));
    try {
      return EquivalenceLexicon.bundled().with(new StringReader(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
