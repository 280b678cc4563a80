/**
 * Presentation mode without the toolkit: a comparison turned into a deck of slides for a class, and
 * a walk through it.
 *
 * <p>{@link org.parallax.present.Deck#build} makes the slides from a comparison, the side whose
 * reading order they follow and the side panel's link filter: one {@link
 * org.parallax.present.LinkSlide} per shown link (its claims on each side with a sentence of
 * context before and after, {@link org.parallax.present.InContext}), one {@link
 * org.parallax.present.TermPairSlide} per pair of framing terms ("A says Khankendi where B says
 * Stepanakert"), {@link org.parallax.present.BlindspotSlide}s for the claims only one side makes
 * (long lists split over several slides), and a closing {@link org.parallax.present.SummarySlide}.
 * Every slide carries the discussion prompts about what it shows (a link, a pair of terms, the
 * claims one essay makes alone); the closing slide those about nothing shown.
 *
 * <p>{@link org.parallax.present.Walk} is where a class stands in a deck: the slide shown, and
 * which link slides have had their relation and note revealed. It is an immutable value; moving or
 * revealing gives a new one.
 */
package org.parallax.present;
