package org.parallax.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Side;
import org.parallax.tagging.LinkFilter;

class WalkTest {
  private final Deck deck =
      Deck.build(Classroom.tagged(), Side.A, LinkFilter.all().withRelations(Set.of("contradict")));

  @Test
  void aLinkSlidesRelationIsHiddenUntilRevealed() {
    Walk start = Walk.start(deck);

    assertThat(start.slide()).isInstanceOf(LinkSlide.class);
    assertThat(start.revealed()).isFalse();
    assertThat(start.reveal().revealed()).isTrue();
  }

  @Test
  void theNextLinkSlideIsHiddenAgainAndARevealedOneStaysRevealedOnTheWayBack() {
    Walk revealed = Walk.start(deck).reveal();

    Walk next = revealed.next();

    assertThat(next.revealed()).isFalse();
    assertThat(next.previous().revealed()).isTrue();
  }

  @Test
  void slidesWithoutALinkHideNothing() {
    Walk summary = Walk.start(deck).last();

    assertThat(summary.slide()).isInstanceOf(SummarySlide.class);
    assertThat(summary.revealed()).isTrue();
  }

  @Test
  void walkingStopsAtTheFirstAndTheLastSlide() {
    Walk start = Walk.start(deck);

    assertThat(start.previous().number()).isEqualTo(1);
    assertThat(start.last().number()).isEqualTo(deck.size());
    assertThat(start.last().next().number()).isEqualTo(deck.size());
    assertThat(start.last().first().number()).isEqualTo(1);
  }

  @Test
  void jumpingGoesToASlideByItsNumberAndRefusesNumbersTheDeckHasNot() {
    Walk start = Walk.start(deck);

    assertThat(start.jump(2).map(Walk::slide)).contains(deck.slides().get(1));
    assertThat(start.jump(0)).isEmpty();
    assertThat(start.jump(deck.size() + 1)).isEmpty();
  }

  @Test
  void leavingPutsTheReaderOnTheLinkShownOrTheLastLinkBeforeTheSlideShown() {
    Walk start = Walk.start(deck);

    assertThat(start.linkToLeaveOn()).contains("L2");
    assertThat(start.next().linkToLeaveOn()).contains("L5");
    assertThat(start.last().linkToLeaveOn()).contains("L5");
  }
}
