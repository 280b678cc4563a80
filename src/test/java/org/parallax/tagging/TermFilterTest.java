package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

class TermFilterTest {
  private static final String A = Fixtures.TEXT_A;
  private static final String B = Fixtures.TEXT_B;

  /** T1 "Khankendi" (A, cultural identity, note), T2 "road" (B, security), T3 suggested (B). */
  private final Comparison c = tagged();

  @Test
  void theEmptyFilterKeepsEveryTag() {
    assertThat(ids(TermFilter.all())).containsExactly("T1", "T2", "T3");
  }

  @Test
  void eachCriterionNarrowsTheList() {
    assertThat(ids(TermFilter.all().withFrames(Set.of("security")))).containsExactly("T2");
    assertThat(ids(TermFilter.all().withStatuses(Set.of(LinkStatus.SUGGESTED))))
        .containsExactly("T3");
    assertThat(ids(TermFilter.all().withSide(Optional.of(Side.B)))).containsExactly("T2", "T3");
    assertThat(ids(TermFilter.all().withOnlyWithNote(true))).containsExactly("T1");
  }

  @Test
  void searchFindsTaggedWordsNotesAndFrameLabels() {
    assertThat(ids(TermFilter.all().withSearch("ROAD"))).containsExactly("T2");
    assertThat(ids(TermFilter.all().withSearch("renamed"))).containsExactly("T1");
    assertThat(ids(TermFilter.all().withSearch("defence"))).containsExactly("T2");
  }

  private List<String> ids(TermFilter filter) {
    return filter.apply(c).stream().map(TermTag::id).toList();
  }

  private static Comparison tagged() {
    TermTag t1 =
        new TermTag(
            "T1", Side.A, 19, 28, "cultural_identity", "renamed in 1923", "", null, "", null, null);
    TermTag t2 = Fixtures.term("T2", Side.B, B, "road", "security");
    int at = B.indexOf("Brussels");
    TermTag t3 =
        new TermTag(
            "T3", Side.B, at, at + 8, "other", "", "", LinkStatus.SUGGESTED, "", null, null);
    return Fixtures.comparison(A, B, List.of(), List.of(), List.of(t1, t2, t3));
  }
}
