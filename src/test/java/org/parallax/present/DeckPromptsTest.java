package org.parallax.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Prompt;
import org.parallax.model.Side;
import org.parallax.tagging.Blindspots;
import org.parallax.tagging.LinkFilter;

class DeckPromptsTest {
  private final Comparison tagged = Classroom.tagged();
  private final String onlyLeft = Blindspots.unmatched(tagged, Side.A).get(1).id();
  private final Comparison withPrompts =
      tagged.withPrompts(
          List.of(
              new Prompt("P1", "Open or closed?", List.of("L2"), "relation.contradict", false),
              new Prompt("P2", "Whose name for the town?", List.of("T2", "T1"), "termPair", false),
              new Prompt("P3", "Why is this left out?", List.of(onlyLeft), "onlyIn", false),
              new Prompt("P4", "What would you ask each author?", List.of(), "", false),
              new Prompt("P5", "And this link too?", List.of("L2"), "", false),
              new Prompt("P6", "About a hidden link", List.of("L1"), "", false)));

  @Test
  void eachSlideCarriesThePromptsAboutWhatItShowsInTheTeachersOrder() {
    Deck deck = Deck.build(withPrompts, Side.A, LinkFilter.all());

    assertThat(slideOfLink(deck, "L2").prompts())
        .containsExactly("Open or closed?", "And this link too?");
    assertThat(slideOfLink(deck, "L1").prompts()).containsExactly("About a hidden link");
    assertThat(termPair(deck, "Khankendi").prompts()).containsExactly("Whose name for the town?");
    assertThat(firstBlindspot(deck, Side.A).prompts()).containsExactly("Why is this left out?");
    assertThat(firstBlindspot(deck, Side.B).prompts()).isEmpty();
    assertThat(summary(deck).prompts()).containsExactly("What would you ask each author?");
  }

  @Test
  void aPromptAboutALinkTheFilterHidesGoesToTheClosingSlide() {
    LinkFilter contradictions = LinkFilter.all().withRelations(Set.of("contradict"));

    Deck deck = Deck.build(withPrompts, Side.A, contradictions);

    assertThat(deck.slides().stream().filter(s -> s instanceof LinkSlide))
        .extracting(s -> ((LinkSlide) s).linkId())
        .doesNotContain("L1");
    assertThat(summary(deck).prompts())
        .containsExactly("What would you ask each author?", "About a hidden link");
  }

  @Test
  void everyPromptIsShownOnce() {
    Deck deck = Deck.build(withPrompts, Side.A, LinkFilter.all());

    List<String> shown = deck.slides().stream().flatMap(s -> s.prompts().stream()).toList();

    assertThat(shown).hasSize(withPrompts.prompts().size()).doesNotHaveDuplicates();
  }

  private static LinkSlide slideOfLink(Deck deck, String id) {
    return (LinkSlide) deck.slides().get(deck.indexOfLink(id).orElseThrow());
  }

  private static TermPairSlide termPair(Deck deck, String left) {
    return deck.slides().stream()
        .filter(TermPairSlide.class::isInstance)
        .map(TermPairSlide.class::cast)
        .filter(s -> s.left().equals(left))
        .findFirst()
        .orElseThrow();
  }

  private static BlindspotSlide firstBlindspot(Deck deck, Side side) {
    return deck.slides().stream()
        .filter(BlindspotSlide.class::isInstance)
        .map(BlindspotSlide.class::cast)
        .filter(s -> s.side() == side)
        .findFirst()
        .orElseThrow();
  }

  private static SummarySlide summary(Deck deck) {
    return (SummarySlide) deck.slides().get(deck.size() - 1);
  }
}
