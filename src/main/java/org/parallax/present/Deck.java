package org.parallax.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.tagging.LinkFilter;
import org.parallax.tagging.TermPair;
import org.parallax.tagging.TermPairs;

/**
 * The slides of a presentation, in the order a class sees them: the links, the framing-term pairs,
 * the claims only one side makes, and the summary.
 *
 * @param leftLabel what the left essay is called: its perspective, else its title, else "A"
 * @param rightLabel what the right essay is called, the same way
 * @param slides the slides in order; never empty (the summary closes every deck)
 */
public record Deck(String leftLabel, String rightLabel, List<Slide> slides) {

  public Deck {
    slides = List.copyOf(slides);
    if (slides.isEmpty()) {
      throw new IllegalArgumentException("a deck has at least its summary slide");
    }
  }

  /**
   * The deck of {@code c}: one slide per link {@code filter} keeps, in the reading order of {@code
   * order} (rejected links never shown); one per pair of framing terms whose tags have a status the
   * filter keeps; the claims no confirmed link covers, the left essay's first; and the summary of
   * what was shown. Each slide carries the discussion prompts about what it shows; the summary
   * those about nothing shown.
   */
  public static Deck build(Comparison c, Side order, LinkFilter filter) {
    DeckPrompts prompts = new DeckPrompts(c.prompts());
    List<LinkSlide> links = LinkSlides.of(c, order, filter, prompts);
    List<Slide> slides = new ArrayList<>(links);
    Predicate<LinkStatus> kept = s -> filter.statuses().isEmpty() || filter.statuses().contains(s);
    List<TermTag> shownTerms =
        c.terms().stream()
            .filter(t -> t.status() != LinkStatus.REJECTED && kept.test(t.status()))
            .toList();
    for (TermPair pair : TermPairs.of(c, order, kept)) {
      slides.add(TermPairSlide.of(pair, prompts.about(pair.tagIds())));
    }
    List<BlindspotSlide> onlyLeft = BlindspotSlides.of(c, Side.A, prompts);
    List<BlindspotSlide> onlyRight = BlindspotSlides.of(c, Side.B, prompts);
    slides.addAll(onlyLeft);
    slides.addAll(onlyRight);
    slides.add(
        Summary.of(
            c,
            links,
            shownTerms,
            BlindspotSlides.total(onlyLeft),
            BlindspotSlides.total(onlyRight),
            prompts.rest()));
    return new Deck(label(c, Side.A), label(c, Side.B), slides);
  }

  /** What {@code side}'s essay is called. */
  public String label(Side side) {
    return side == Side.A ? leftLabel : rightLabel;
  }

  /** How many slides. */
  public int size() {
    return slides.size();
  }

  /** Where the slide of link {@code linkId} is, from 0. */
  public Optional<Integer> indexOfLink(String linkId) {
    for (int i = 0; i < slides.size(); i++) {
      if (slides.get(i) instanceof LinkSlide link && link.linkId().equals(linkId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static String label(Comparison c, Side side) {
    var meta = c.document(side).metadata();
    if (!meta.perspective().isBlank()) {
      return meta.perspective().strip();
    }
    return meta.title().isBlank() ? side.name() : meta.title().strip();
  }
}
