package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingKeyTest {

  @ParameterizedTest
  @CsvSource({
    "Yevlax, Yevlakh",
    "Ağdam, Aghdam",
    "Şuşa, Shusha",
    "Füzuli, Fuzuli",
    "Cəbrayıl, Jabrayil",
    "Kəlbəcər, Kalbajar",
    "Laçın, Lachin",
    "Qubadlı, Gubadli",
    "Zəngilan, Zangilan",
    "İsmayıllı, Ismayilli"
  })
  void azerbaijaniSpellingMeetsTheEnglishOne(String azerbaijani, String english) {
    assertThat(key(azerbaijani)).isEqualTo(key(english));
  }

  @ParameterizedTest
  @CsvSource({"Caucasus, Jaujasus", "Iraq, Irag", "Martin, Morton"})
  void englishWordsKeepTheirSpelling(String one, String other) {
    assertThat(key(one)).isNotEqualTo(key(other));
  }

  @Test
  void wordsWithoutFoldableLettersAreTheirOwnKey() {
    String word = "stepanakert";
    assertThat(SpellingKey.of(word)).isSameAs(word);
  }

  private static String key(String word) {
    return SpellingKey.of(word.toLowerCase(Locale.ROOT));
  }
}
