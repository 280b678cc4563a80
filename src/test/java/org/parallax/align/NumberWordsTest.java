package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void digitsWithSeparatorsKeepTheirWholeSurfaceAndTakeAScale() {
    assertThat(NumberWords.find("It will cost 2.5 million pounds."))
        .containsEntry("2500000", "2.5 million");
    assertThat(NumberWords.find("Some 150,000 people left.")).containsEntry("150000", "150,000");
    assertThat(NumberWords.find("The cost is £14 million."))
        .containsEntry("14000000", "14 million");
  }

  @Test
  void numbersInWordsAreReadWithHundredsAndAnd() {
    assertThat(NumberWords.find("three hundred and forty homes"))
        .containsOnlyKeys("340")
        .containsEntry("340", "three hundred and forty");
    assertThat(NumberWords.find("three hundred forty-two homes")).containsOnlyKeys("342");
    assertThat(NumberWords.find("fourteen million pounds")).containsOnlyKeys("14000000");
    assertThat(NumberWords.find("two million three hundred thousand")).containsOnlyKeys("2300000");
    assertThat(NumberWords.find("twenty-two metres")).containsOnlyKeys("22");
  }

  @Test
  void numbersSideBySideStaySeparate() {
    assertThat(NumberWords.find("In 300 two families stayed.")).containsOnlyKeys("300", "2");
    assertThat(NumberWords.find("five six seven")).containsOnlyKeys("5", "6", "7");
    assertThat(NumberWords.find("twenty and thirty")).containsOnlyKeys("20", "30");
  }

  @Test
  void oneIsLeftOutAsMostlyAPronoun() {
    assertThat(NumberWords.find("one of them said so")).isEmpty();
  }
}
