package org.parallax.align;

/**
 * One way of saying how alike a claim of side A and a claim of side B are. Claims are addressed by
 * their index in the {@link Corpus}: side A's claims first, then side B's.
 */
interface PairSignal {

  /** The signal's name, as used in settings and by {@link Signals#create}. */
  String name();

  /** How alike claims {@code a} and {@code b} are, from 0 (nothing in common) to 1. */
  double score(int a, int b);

  /** Adds to {@code reasons} what claims {@code a} and {@code b} have in common by this signal. */
  void explain(int a, int b, Reasons reasons);
}
