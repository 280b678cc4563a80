package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  @Test
  void surnameFirstInCapitalsIsTurnedIntoReadingOrder() {
    assertThat(AuthorNames.readingOrder("HUSEYNOV Rusif")).isEqualTo("Rusif Huseynov");
  }

  @Test
  void namesInReadingOrderAreLeftAlone() {
    assertThat(AuthorNames.readingOrder("Jane Doe")).isEqualTo("Jane Doe");
    assertThat(AuthorNames.readingOrder("NATO")).isEqualTo("NATO");
    assertThat(AuthorNames.readingOrder("A. Author")).isEqualTo("A. Author");
    assertThat(AuthorNames.readingOrder("J.R. Tolkien")).isEqualTo("J.R. Tolkien");
  }

  @Test
  void aListWithCommasAndAndIsSplit() {
    assertThat(AuthorNames.parseList("By Jane Doe, John Roe and Ann Lee"))
        .containsExactly("Jane Doe", "John Roe", "Ann Lee");
  }
}
