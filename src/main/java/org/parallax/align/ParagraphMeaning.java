package org.parallax.align;

import java.util.HashMap;
import java.util.Map;

/**
 * Meaning similarity of two claims each read with its paragraph: a claim's embedding plus {@code
 * weight} times the mean embedding of the other claims of its paragraph, made unit length again,
 * and the cosine of two such vectors (negative values counted as 0). A claim alone in its paragraph
 * keeps its own vector. "Those measures could begin this winter" means little alone; read with the
 * sentences around it, it comes close to the other side's flood barriers. Used to rank the
 * runners-up ({@link CandidateTable}); the suggestions keep the plain {@link MeaningSignal}.
 */
final class ParagraphMeaning implements PairSignal {
  private final float[][] vectors;

  /**
   * @param corpus the claims, with embeddings
   * @param paragraphA each side-A claim's paragraph ({@link NeighbourExpansion#paragraphs})
   * @param paragraphB each side-B claim's paragraph
   * @param weight how much the paragraph's other claims count against the claim itself (0: not at
   *     all, 1: as much)
   */
  ParagraphMeaning(Corpus corpus, int[] paragraphA, int[] paragraphB, double weight) {
    int sizeA = corpus.sizeA();
    float[][] own = new float[sizeA + corpus.sizeB()][];
    for (int i = 0; i < own.length; i++) {
      own[i] = corpus.vector(i);
    }
    vectors = new float[own.length][];
    read(own, 0, paragraphA, weight, vectors);
    read(own, sizeA, paragraphB, weight, vectors);
  }

  /**
   * The vectors of one side's claims read with their paragraphs, written to {@code out} from {@code
   * offset}: each paragraph's sum is made once, so the cost grows with the number of claims only.
   */
  static void read(float[][] own, int offset, int[] paragraph, double weight, float[][] out) {
    Map<Integer, float[]> sums = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < paragraph.length; i++) {
      float[] v = own[offset + i];
      float[] sum = sums.computeIfAbsent(paragraph[i], p -> new float[v.length]);
      for (int d = 0; d < v.length; d++) {
        sum[d] += v[d];
      }
      sizes.merge(paragraph[i], 1, Integer::sum);
    }
    for (int i = 0; i < paragraph.length; i++) {
      float[] v = own[offset + i];
      int others = sizes.get(paragraph[i]) - 1;
      if (others == 0 || weight == 0) {
        out[offset + i] = v;
        continue;
      }
      float[] sum = sums.get(paragraph[i]);
      float[] read = new float[v.length];
      for (int d = 0; d < v.length; d++) {
        read[d] = (float) (v[d] + weight * (sum[d] - v[d]) / others);
      }
      out[offset + i] = Vectors.unit(read);
    }
  }

  @Override
  public String name() {
    return "paragraph meaning";
  }

  @Override
  public double score(int a, int b) {
    return Math.max(0, Vectors.dot(vectors[a], vectors[b]));
  }

  @Override
  public void explain(int a, int b, Reasons reasons) {
    reasons.meaning(score(a, b));
  }
}
