package org.parallax.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.ui.Messages;

class TourModelTest {
  @AfterEach
  void forgetTheSwitch() {
    System.clearProperty("parallax.tour");
  }

  @Test
  void backStopsAtTheFirstStepAndNextAfterTheLastEndsTheTour() {
    TourModel tour = new TourModel();
    tour.back();
    assertThat(tour.indexProperty().get()).isZero();

    for (int i = 1; i < TourModel.STEPS.size(); i++) {
      tour.next();
    }
    assertThat(tour.titleProperty().get()).isEqualTo(Messages.get("tour.save.title"));
    assertThat(tour.finishedProperty().get()).isFalse();
    tour.next();

    assertThat(tour.finishedProperty().get()).isTrue();
  }

  @Test
  void theTourHasTheFiveThingsToKnow() {
    assertThat(TourModel.STEPS)
        .extracting(TourModel.Step::title)
        .containsExactly(
            Messages.get("tour.counterpart.title"),
            Messages.get("tour.claim.title"),
            Messages.get("tour.relation.title"),
            Messages.get("tour.term.title"),
            Messages.get("tour.save.title"));
  }

  @Test
  void skippingEndsTheTourAtAnyStep() {
    TourModel tour = new TourModel();
    tour.next();

    tour.skip();

    assertThat(tour.finishedProperty().get()).isTrue();
  }

  @Test
  void theTourOpensByItselfOnlyOnAFirstStartThatDidNotSwitchItOff() {
    assertThat(TourModel.showAtStart(false)).isTrue();
    assertThat(TourModel.showAtStart(true)).isFalse();

    System.setProperty("parallax.tour", "off");

    assertThat(TourModel.showAtStart(false)).isFalse();
  }
}
