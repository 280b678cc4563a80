package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordBeginningsTest {

  @Test
  void aWordBeginsWithABeginningWhateverItsFirstLetter() {
    WordBeginnings b = WordBeginnings.of(List.of("increas", "saf", "safe", "ćwi", "é"));
    assertThat(b.begins("increased")).isTrue();
    assertThat(b.begins("safety")).isTrue();
    assertThat(b.begins("ćwiczenie")).isTrue();
    assertThat(b.begins("été")).isTrue();
    assertThat(b.begins("unsafe")).isFalse();
    assertThat(b.begins("incr")).isFalse();
    assertThat(b.begins("ćma")).isFalse();
    assertThat(b.begins("")).isFalse();
  }

  @Test
  void noBeginningsMatchNoWord() {
    assertThat(WordBeginnings.of(List.of()).begins("anything")).isFalse();
  }

  @Test
  void anEmptyBeginningIsRefused() {
    assertThatThrownBy(() -> WordBeginnings.of(List.of("a", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
