package org.parallax.tagging;

import org.parallax.model.Comparison;
import org.parallax.model.SidesSwapped;

/**
 * Puts the right essay on the left and the left one on the right, with every claim, link and term
 * ({@link SidesSwapped}). Swapping twice gives the comparison back, so the edit is its own inverse.
 */
record SwapSides() implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    return SidesSwapped.of(c);
  }

  @Override
  public Change inverse() {
    return this;
  }

  @Override
  public String description() {
    return "Swap sides";
  }
}
