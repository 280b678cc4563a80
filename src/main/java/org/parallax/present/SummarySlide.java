package org.parallax.present;

import java.util.List;

/**
 * The closing slide: how the presented links are related, which frames each side's terms carry, and
 * how many claims each side makes alone.
 *
 * @param links how many link slides the deck has
 * @param relations per relation, the number of link slides: every relation of the codebook in its
 *     order, then the links without a relation when there are any
 * @param frames per frame in use, the number of shown term tags on each side, in codebook order
 * @param onlyLeft how many claims only the left essay makes
 * @param onlyRight how many claims only the right essay makes
 * @param prompts the discussion prompts about it, in the teacher's order, shown after the reveal
 */
public record SummarySlide(
    int links,
    List<Tally> relations,
    List<Tally> frames,
    int onlyLeft,
    int onlyRight,
    List<String> prompts)
    implements Slide {

  public SummarySlide {
    relations = List.copyOf(relations);
    frames = List.copyOf(frames);
    prompts = List.copyOf(prompts);
  }
}
