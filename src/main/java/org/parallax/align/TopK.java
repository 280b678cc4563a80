package org.parallax.align;

/** The k highest-scoring indices seen so far: a tiny sorted buffer, cheap for small k. */
final class TopK {
  private final int[] index;
  private final double[] score;
  private int size;

  TopK(int k) {
    index = new int[k];
    score = new double[k];
  }

  void offer(int i, double s) {
    if (index.length == 0 || (size == index.length && s <= score[size - 1])) {
      return;
    }
    int at = size < index.length ? size++ : size - 1;
    while (at > 0 && score[at - 1] < s) {
      index[at] = index[at - 1];
      score[at] = score[at - 1];
      at--;
    }
    index[at] = i;
    score[at] = s;
  }

  int size() {
    return size;
  }

  int index(int rank) {
    return index[rank];
  }

  double score(int rank) {
    return score[rank];
  }
}
