package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

class DescribeDocumentTest {
  private final Edits edits = Fixtures.edits();
  private final Comparison start = Fixtures.small();

  @Test
  void titleAndPerspectiveChangeAndUndoLeavesTheComparisonAsItWas() {
    Comparison after =
        Fixtures.applyAndCheckUndo(
            start,
            edits.describeDocument(
                start, Side.B, " Aid convoy ", java.util.List.of(), "Armenian perspective"));
    assertThat(after.b().metadata().title()).isEqualTo("Aid convoy");
    assertThat(after.b().metadata().perspective()).isEqualTo("Armenian perspective");
    assertThat(after.b().text()).isEqualTo(start.b().text());
    assertThat(after.a()).isEqualTo(start.a());
  }

  @Test
  void authorsAreSetBlankNamesDroppedAndUndoGivesTheOldOnesBack() {
    Comparison after =
        Fixtures.applyAndCheckUndo(
            start,
            edits.describeDocument(
                start,
                Side.B,
                start.b().metadata().title(),
                java.util.List.of(" Ani Petrosyan ", "", "Tigran Sargsyan"),
                ""));
    assertThat(after.b().metadata().authors()).containsExactly("Ani Petrosyan", "Tigran Sargsyan");
  }

  @Test
  void describingAnEssayAsItAlreadyIsMakesNoUndoStep() {
    EditHistory history = new EditHistory(start);
    var same = start.a().metadata();
    history.apply(
        edits.describeDocument(start, Side.A, same.title(), same.authors(), same.perspective()));
    assertThat(history.canUndo()).isFalse();
  }
}
