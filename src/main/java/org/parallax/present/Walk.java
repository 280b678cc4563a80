package org.parallax.present;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a class stands in a deck: the slide shown and the link slides whose relation and note were
 * revealed. A link slide's relation stays hidden until {@link #reveal()}; once revealed it stays so
 * when the class comes back to it. Moving stops at the first and last slide.
 *
 * @param deck the slides
 * @param index the slide shown, from 0
 * @param revealedSlides the indexes of the slides revealed so far
 */
public record Walk(Deck deck, int index, Set<Integer> revealedSlides) {

  public Walk {
    if (index < 0 || index >= deck.size()) {
      throw new IllegalArgumentException("no slide " + (index + 1) + " of " + deck.size());
    }
    revealedSlides = Set.copyOf(revealedSlides);
  }

  /** The first slide of {@code deck}, nothing revealed. */
  public static Walk start(Deck deck) {
    return new Walk(deck, 0, Set.of());
  }

  public Slide slide() {
    return deck.slides().get(index);
  }

  /** The slide's number as a class reads it, from 1. */
  public int number() {
    return index + 1;
  }

  public int total() {
    return deck.size();
  }

  /**
   * Whether the slide's relation and note may be shown: yes once revealed, and always on slides
   * that hide nothing.
   */
  public boolean revealed() {
    return !(slide() instanceof LinkSlide) || revealedSlides.contains(index);
  }

  /** The same slide with its relation and note shown. */
  public Walk reveal() {
    if (revealed()) {
      return this;
    }
    Set<Integer> now = new HashSet<>(revealedSlides);
    now.add(index);
    return new Walk(deck, index, now);
  }

  public Walk next() {
    return at(Math.min(index + 1, deck.size() - 1));
  }

  public Walk previous() {
    return at(Math.max(index - 1, 0));
  }

  public Walk first() {
    return at(0);
  }

  public Walk last() {
    return at(deck.size() - 1);
  }

  /** Slide number {@code number} (from 1); empty when the deck has no such slide. */
  public Optional<Walk> jump(int number) {
    return number >= 1 && number <= deck.size() ? Optional.of(at(number - 1)) : Optional.empty();
  }

  /**
   * The link to put the reader on when the class leaves: this slide's link, else the link of the
   * nearest link slide before it (the last one shown on the way to a summary), else none.
   */
  public Optional<String> linkToLeaveOn() {
    for (int i = index; i >= 0; i--) {
      if (deck.slides().get(i) instanceof LinkSlide link) {
        return Optional.of(link.linkId());
      }
    }
    return Optional.empty();
  }

  private Walk at(int newIndex) {
    return newIndex == index ? this : new Walk(deck, newIndex, revealedSlides);
  }
}
