package org.parallax.framing;

/**
 * A word or phrase one essay prefers: its readable form (the spelling met most often), its z-score
 * (positive when essay A uses it more than the pooled pair leads one to expect, negative for B) and
 * how often each essay uses it.
 */
public record Term(String term, double z, int countA, int countB) {

  /** The same term with the essays swapped: z negated, counts exchanged. */
  public Term swapped() {
    return new Term(term, -z, countB, countA);
  }
}
