package org.parallax.present;

import java.util.List;
import org.parallax.model.Side;

/**
 * Claims only one essay makes ("Only in A"), or one part of them when the list is too long for one
 * slide.
 *
 * @param side the essay that makes them
 * @param claims the claims' texts, in text order
 * @param part which part of the list this is, from 1
 * @param parts how many slides the list takes
 * @param total how many such claims the essay has in all
 * @param prompts the discussion prompts about it, in the teacher's order, shown after the reveal
 */
public record BlindspotSlide(
    Side side, List<String> claims, int part, int parts, int total, List<String> prompts)
    implements Slide {

  public BlindspotSlide {
    claims = List.copyOf(claims);
    prompts = List.copyOf(prompts);
  }
}
