package org.parallax.agreement;

/**
 * One claim of the default segmentation of side A and one of side B: the item the class's decisions
 * are compared on.
 *
 * @param a the index of the A unit in {@link Units#side(org.parallax.model.Side)} order
 * @param b the index of the B unit
 */
public record UnitPair(int a, int b) implements Comparable<UnitPair> {
  public UnitPair {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("unit indexes are never negative");
    }
  }

  /** Reading order of side A, then of side B. */
  @Override
  public int compareTo(UnitPair other) {
    return a != other.a ? Integer.compare(a, other.a) : Integer.compare(b, other.b);
  }
}
