package org.parallax.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class RangeDiffTest {
  private static final int LENGTH = 120;
  private static final List<String> CLASSES = List.of("claim", "term", "selected", "rel-agree");

  @Test
  void equalListsChangeNothing() {
    List<StyledRange> ranges = List.of(range(0, 40, "claim"), range(50, 56, "term"));
    assertThat(RangeDiff.changed(ranges, List.copyOf(ranges))).isNull();
  }

  @Test
  void aNewTermAmongUnchangedClaimsChangesOnlyItsOwnCharacters() {
    List<StyledRange> before = List.of(range(0, 40, "claim"), range(40, 90, "claim"));
    List<StyledRange> after =
        List.of(range(0, 40, "claim"), range(40, 90, "claim"), range(62, 70, "term"));
    assertThat(RangeDiff.changed(before, after)).isEqualTo(new RangeDiff.Window(62, 70));
  }

  @Test
  void aMovedSelectionCoversWhereItWasAndWhereItIs() {
    List<StyledRange> before = List.of(range(0, 40, "claim"), range(5, 12, "selected"));
    List<StyledRange> after = List.of(range(0, 40, "claim"), range(30, 38, "selected"));
    assertThat(RangeDiff.changed(before, after)).isEqualTo(new RangeDiff.Window(5, 38));
  }

  @Test
  void rangesReachingIntoTheWindowAreCutToItAndCountedFromItsStart() {
    List<StyledRange> ranges =
        List.of(range(0, 40, "claim"), range(45, 50, "term"), range(80, 90, "claim"));
    assertThat(RangeDiff.within(ranges, new RangeDiff.Window(30, 60)))
        .containsExactly(range(0, 10, "claim"), range(15, 20, "term"));
  }

  /**
   * Whatever the edit, styling the window from the new ranges over the old styling gives the new
   * styling everywhere, which is what re-styling only the window relies on.
   */
  @Property(tries = 500)
  void restylingOnlyTheWindowGivesTheWholeNewStyling(@ForAll long seed) {
    Random random = new Random(seed);
    List<StyledRange> before = randomRanges(random, random.nextInt(12));
    List<StyledRange> after = edited(random, before);

    List<Set<String>> styled = perCharacter(StyleRuns.of(LENGTH, before));
    RangeDiff.Window window = RangeDiff.changed(before, after);
    if (window != null && window.length() > 0) {
      List<Set<String>> patch =
          perCharacter(StyleRuns.of(window.length(), RangeDiff.within(after, window)));
      for (int i = 0; i < window.length(); i++) {
        styled.set(window.from() + i, patch.get(i));
      }
    }

    assertThat(styled).isEqualTo(perCharacter(StyleRuns.of(LENGTH, after)));
  }

  private static List<StyledRange> edited(Random random, List<StyledRange> ranges) {
    List<StyledRange> edited = new ArrayList<>(ranges);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(edited.size() + 1);
      int kind = random.nextInt(3);
      if (kind == 0) {
        edited.add(at, randomRanges(random, 1).get(0));
      } else if (at < edited.size() && kind == 1) {
        edited.remove(at);
      } else if (at < edited.size()) {
        edited.set(at, randomRanges(random, 1).get(0));
      }
    }
    return edited;
  }

  private static List<StyledRange> randomRanges(Random random, int count) {
    List<StyledRange> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int start = random.nextInt(LENGTH);
      int end = start + random.nextInt(LENGTH - start + 1);
      ranges.add(range(start, end, CLASSES.get(random.nextInt(CLASSES.size()))));
    }
    return ranges;
  }

  /** The set of classes on each character. */
  private static List<Set<String>> perCharacter(StyleSpans<Collection<String>> spans) {
    List<Set<String>> classes = new ArrayList<>();
    for (StyleSpan<Collection<String>> span : spans) {
      for (int i = 0; i < span.getLength(); i++) {
        classes.add(new HashSet<>(span.getStyle()));
      }
    }
    return classes;
  }

  private static StyledRange range(int start, int end, String styleClass) {
    return new StyledRange(start, end, styleClass);
  }
}
