package org.parallax.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StyleDiffTest {

  private static StyleSpans<Collection<String>> styled(List<StyledRange> ranges) {
    return StyleRuns.of(100, ranges);
  }

  @Test
  void theSameStylingHasNoDifference() {
    var a = styled(List.of(new StyledRange(10, 20, "claim"), new StyledRange(30, 40, "term")));
    var b = styled(List.of(new StyledRange(10, 20, "claim"), new StyledRange(30, 40, "term")));
    assertThat(StyleDiff.firstDifference(a, b)).isEqualTo(-1);
    assertThat(StyleDiff.firstDifferenceFromEnd(a, b)).isEqualTo(100);
  }

  @Test
  void aNewTermChangesOnlyItsOwnCharacters() {
    var before = styled(List.of(new StyledRange(10, 20, "claim")));
    var after = styled(List.of(new StyledRange(10, 20, "claim"), new StyledRange(50, 56, "term")));
    int from = StyleDiff.firstDifference(before, after);
    int to = 100 - StyleDiff.firstDifferenceFromEnd(before, after);
    assertThat(from).isEqualTo(50);
    assertThat(to).isEqualTo(56);
  }

  @Test
  void runsSplitDifferentlyButStyledAlikeCountAsTheSame() {
    var one = styled(List.of(new StyledRange(0, 40, "claim")));
    var two = styled(List.of(new StyledRange(0, 20, "claim"), new StyledRange(20, 40, "claim")));
    assertThat(StyleDiff.firstDifference(one, two)).isEqualTo(-1);
  }

  @Test
  void aChangeAtTheVeryStartAndEndIsFound() {
    var before = styled(List.of());
    var after = styled(List.of(new StyledRange(0, 3, "term"), new StyledRange(97, 100, "term")));
    assertThat(StyleDiff.firstDifference(before, after)).isZero();
    assertThat(StyleDiff.firstDifferenceFromEnd(before, after)).isZero();
  }
}
