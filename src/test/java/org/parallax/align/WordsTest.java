package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final String TEXT = "“Khankendi”, 19 Sept: ça va — 𝐀b!";

  @Test
  void wordsAreRunsOfLettersAndDigitsInLowerCaseWithTheirSpans() {
    assertThat(Words.of(TEXT))
        .containsExactly(
            new Words.Word("khankendi", 1, 10),
            new Words.Word("19", 13, 15),
            new Words.Word("sept", 16, 20),
            new Words.Word("ça", 22, 24),
            new Words.Word("va", 25, 27),
            new Words.Word("𝐀b", 30, 33));
  }

  @Test
  void theLowerCaseFormsAloneAreTheSameWords() {
    List<String> out = new ArrayList<>();
    Words.lowerInto(TEXT, out);

    assertThat(out).containsExactly("khankendi", "19", "sept", "ça", "va", "𝐀b");
  }

  @Test
  void theFirstWordFromAnOffsetIsFoundOrNone() {
    assertThat(Words.firstFrom(TEXT, 10)).containsExactly(13, 15);
    assertThat(Words.firstFrom(TEXT, 3)).containsExactly(3, 10);
    assertThat(Words.firstFrom(TEXT, 33)).isNull();
  }
}
