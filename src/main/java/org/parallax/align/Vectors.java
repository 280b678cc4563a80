package org.parallax.align;

/** Small vector arithmetic for unit-length embeddings. */
final class Vectors {
  private Vectors() {}

  /** {@code v} scaled to unit length (a zero vector stays zero). */
  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] u = new float[v.length];
    if (norm == 0) {
      return u;
    }
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / norm);
    }
    return u;
  }

  /** The dot product, which is the cosine for unit vectors. Unrolled for speed. */
  static float dot(float[] x, float[] y) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int n = x.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += x[i] * y[i];
      s1 += x[i + 1] * y[i + 1];
      s2 += x[i + 2] * y[i + 2];
      s3 += x[i + 3] * y[i + 3];
    }
    for (; i < n; i++) {
      s0 += x[i] * y[i];
    }
    return s0 + s1 + s2 + s3;
  }
}
