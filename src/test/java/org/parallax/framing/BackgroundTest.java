package org.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BackgroundTest {

  @Test
  void aWordsProbabilityIsItsCountOverTheTotalWithItsFormsAddedUp() throws IOException {
    // total = 60 + 30 + 10 = 100; "measures" and "measure" share the key "measur".
    Background b =
        Background.read(new StringReader("# comment\nthe\t60\nmeasures\t30\nmeasure\t10\n"));

    assertThat(b.of("the")).isCloseTo(0.6, within(1e-12));
    assertThat(b.of("measur")).isCloseTo(0.4, within(1e-12));
    // Unknown: half the rarest listed word's, 10 / 2 / 100.
    assertThat(b.of("khankendi")).isCloseTo(0.05, within(1e-12));
    // A phrase: the product of its words'.
    assertThat(b.of("measur khankendi")).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void theShippedListKnowsCommonWordsAsMoreLikelyThanLoadedOnes() {
    Background english = Background.english();

    assertThat(english.of("peopl")).isGreaterThan(english.of("separatist") * 10);
    assertThat(english.of("separatist")).isGreaterThan(english.of("stepanakert"));
  }
}
