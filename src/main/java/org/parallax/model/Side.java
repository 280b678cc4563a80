package org.parallax.model;

/** Which of the two documents of a comparison: A on the left, B on the right. */
public enum Side {
  A,
  B;

  /** The other side. */
  public Side other() {
    return this == A ? B : A;
  }
}
