package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void storesWithTheSameLimitsShareOneMapperSoNoneLearnsTheFormatAgain() {
    assertThat(Json.mapper(Limits.DEFAULT)).isSameAs(Json.mapper(Limits.DEFAULT));
  }

  @Test
  void otherLimitsGetAMapperOfTheirOwn() {
    Limits tight = new Limits(1024, 100, 5, 10);

    assertThat(Json.mapper(tight)).isNotSameAs(Json.mapper(Limits.DEFAULT));
    assertThat(Json.mapper(tight).getFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(5);
  }
}
