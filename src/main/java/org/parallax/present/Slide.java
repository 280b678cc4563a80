package org.parallax.present;

import java.util.List;

/**
 * One slide of a deck. Every slide may carry discussion prompts for the class; there are none until
 * prompts are made from the tagged material, so the lists are empty for now.
 */
public sealed interface Slide permits LinkSlide, TermPairSlide, BlindspotSlide, SummarySlide {

  /** Questions to put to the class on this slide, shown after the reveal; may be empty. */
  List<String> prompts();
}
