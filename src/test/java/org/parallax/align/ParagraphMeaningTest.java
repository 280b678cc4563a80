package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Claims read with their paragraphs, from hand-made two-dimensional embeddings. */
class ParagraphMeaningTest {
  private static final FeatureExtractor EXTRACTOR =
      new FeatureExtractor(EquivalenceLexicon.bundled());

  /** A corpus of claims whose texts do not matter, with the given embeddings (A's, then B's). */
  private static Corpus corpus(int sizeA, float[]... vectors) {
    List<ClaimFeatures> features =
        IntStream.range(0, vectors.length)
            .mapToObj(i -> EXTRACTOR.extract("Claim number " + i + "."))
            .toList();
    return new Corpus(
        features.subList(0, sizeA), features.subList(sizeA, features.size()), vectors);
  }

  @Test
  void aClaimIsReadWithTheMeanOfItsParagraphsOtherClaims() {
    float[][] own = {{1, 0}, {0, 1}, {0, 1}};
    float[][] read = new float[3][];

    ParagraphMeaning.read(own, 0, new int[] {0, 0, 0}, 1, read);

    // (1, 0) + 1 × mean((0, 1), (0, 1)) = (1, 1), made unit length
    assertThat(read[0][0]).isCloseTo(0.7071f, within(1e-4f));
    assertThat(read[0][1]).isCloseTo(0.7071f, within(1e-4f));
    // (0, 1) + 1 × mean((1, 0), (0, 1)) = (0.5, 1.5), made unit length: (0.3162, 0.9487)
    assertThat(read[1][0]).isCloseTo(0.3162f, within(1e-4f));
    assertThat(read[1][1]).isCloseTo(0.9487f, within(1e-4f));
  }

  @Test
  void theParagraphsWeightSaysHowMuchItCounts() {
    float[][] own = {{1, 0}, {0, 1}};
    float[][] read = new float[2][];

    ParagraphMeaning.read(own, 0, new int[] {4, 4}, 0.75, read);

    // (1, 0) + 0.75 × (0, 1) = (1, 0.75), made unit length: (0.8, 0.6)
    assertThat(read[0][0]).isCloseTo(0.8f, within(1e-4f));
    assertThat(read[0][1]).isCloseTo(0.6f, within(1e-4f));
  }

  @Test
  void aClaimAloneInItsParagraphKeepsItsOwnMeaning() {
    float[][] own = {{1, 0}, {0, 1}, {0.6f, 0.8f}};
    float[][] read = new float[3][];

    ParagraphMeaning.read(own, 0, new int[] {0, 1, -3}, 1, read);

    assertThat(read).isDeepEqualTo(own);
  }

  @Test
  void theScoreIsTheCosineOfBothClaimsReadWithTheirParagraphs() {
    // Side A: one paragraph of (1, 0) and (0, 1); side B: (0.6, 0.8) alone, then (-1, 0) alone.
    Corpus corpus =
        corpus(
            2,
            new float[] {1, 0},
            new float[] {0, 1},
            new float[] {0.6f, 0.8f},
            new float[] {-1, 0});
    ParagraphMeaning meaning =
        new ParagraphMeaning(corpus, new int[] {0, 0}, new int[] {0, 1}, 0.75);

    // A1 read as (0.8, 0.6): 0.8 × 0.6 + 0.6 × 0.8 = 0.96; A2 read as (0.6, 0.8): 1
    assertThat(meaning.score(0, corpus.b(0))).isCloseTo(0.96, within(1e-4));
    assertThat(meaning.score(1, corpus.b(0))).isCloseTo(1, within(1e-4));
    // Opposite meanings count as nothing in common, not as less than nothing.
    assertThat(meaning.score(0, corpus.b(1))).isZero();
  }

  @Test
  void withoutTheParagraphItIsThePlainMeaning() {
    Corpus corpus = corpus(2, new float[] {1, 0}, new float[] {0, 1}, new float[] {0.6f, 0.8f});
    ParagraphMeaning meaning = new ParagraphMeaning(corpus, new int[] {0, 0}, new int[] {0}, 0);
    MeaningSignal plain = new MeaningSignal(corpus);

    assertThat(meaning.score(0, corpus.b(0))).isEqualTo(plain.score(0, corpus.b(0)));
    assertThat(meaning.score(1, corpus.b(0))).isEqualTo(plain.score(1, corpus.b(0)));
  }
}
