package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

class TermOccurrencesTest {
  private static final String A = "The road was shut. Roadside stalls closed. The ROAD reopened.";
  private static final String B = "A road, at last.";

  private final Comparison plain = Fixtures.comparison(A, B, List.of(), List.of(), List.of());

  @Test
  void wholeWordsAreFoundInBothTextsIgnoringCase() {
    assertThat(TermOccurrences.find(plain, " Road "))
        .containsExactly(
            new TermSpan(Side.A, 4, 8),
            new TermSpan(Side.A, A.indexOf("ROAD"), A.indexOf("ROAD") + 4),
            new TermSpan(Side.B, 2, 6));
  }

  @Test
  void occurrencesAlreadyTaggedAreLeftOut() {
    TermTag first = Fixtures.term("T1", Side.A, A, "road", "other");
    Comparison tagged = Fixtures.comparison(A, B, List.of(), List.of(), List.of(first));

    assertThat(TermOccurrences.find(tagged, Side.A, 4, 8))
        .extracting(TermSpan::start)
        .containsExactly(A.indexOf("ROAD"), 2);
  }

  @Test
  void aRejectedSuggestionDoesNotHideAnOccurrence() {
    TermTag rejected =
        new TermTag("T1", Side.B, 2, 6, "other", "", "", LinkStatus.REJECTED, "", null, null);
    Comparison c = Fixtures.comparison(A, B, List.of(), List.of(), List.of(rejected));

    assertThat(TermOccurrences.find(c, "road")).contains(new TermSpan(Side.B, 2, 6));
  }

  @Test
  void aBlankTermHasNoOccurrences() {
    assertThat(TermOccurrences.find(plain, "  ")).isEmpty();
  }
}
