package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;

class EditHistoryTest {
  private final Comparison start = Fixtures.small();
  private final Edits edits = Fixtures.edits();
  private final EditHistory history = new EditHistory(start);

  @Test
  void anAppliedChangeBecomesTheCurrentComparison() {
    history.apply(edits.accept(start, "L1"));

    assertThat(Fixtures.linkNamed(history.current(), "L1").status())
        .isEqualTo(LinkStatus.CONFIRMED);
    assertThat(history.canUndo()).isTrue();
    assertThat(history.canRedo()).isFalse();
  }

  @Test
  void undoRestoresAnEqualComparisonAndRedoAppliesTheEditAgain() {
    history.apply(edits.accept(start, "L1"));
    Comparison edited = history.current();

    history.undo();
    assertThat(history.current()).isEqualTo(start);
    assertThat(history.canRedo()).isTrue();

    history.redo();
    assertThat(history.current()).isEqualTo(edited);
  }

  @Test
  void aNewEditAfterUndoForgetsWhatCouldBeRedone() {
    history.apply(edits.accept(start, "L1"));
    history.undo();

    history.apply(edits.reject(history.current(), "L3"));

    assertThat(history.canRedo()).isFalse();
    assertThat(history.undoDescription()).contains("Reject link L3");
  }

  @Test
  void undoAndRedoDescriptionsNameTheEdit() {
    assertThat(history.undoDescription()).isEmpty();
    history.apply(edits.setNote(start, "L2", "closed for months"));

    assertThat(history.undoDescription()).contains("Edit note of L2");
    history.undo();
    assertThat(history.redoDescription()).contains("Edit note of L2");
    assertThat(history.undoDescription()).isEmpty();
  }

  @Test
  void undoWithNothingToUndoChangesNothing() {
    history.undo();
    history.redo();

    assertThat(history.current()).isSameAs(start);
  }

  @Test
  void anEditThatChangesNothingIsNotRecorded() {
    history.apply(edits.accept(start, "L2"));

    assertThat(history.canUndo()).isFalse();
    assertThat(history.isAtSavedPoint()).isTrue();
  }

  @Test
  void aChangeMadeForAnotherStateFailsAndLeavesTheHistoryAlone() {
    Change stale = edits.accept(start, "L1");
    history.apply(edits.unlink(start, "L1"));

    assertThatThrownBy(() -> history.apply(stale))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has changed since");
    assertThat(history.undoDescription()).contains("Unlink L1");
  }

  @Test
  void aNewHistoryStartsAtItsSavedPoint() {
    assertThat(history.isAtSavedPoint()).isTrue();
    assertThat(new EditHistory(start, false).isAtSavedPoint()).isFalse();
  }

  @Test
  void anEditLeavesTheSavedPointAndUndoingItReturnsThere() {
    history.apply(edits.accept(start, "L1"));
    assertThat(history.isAtSavedPoint()).isFalse();

    history.undo();
    assertThat(history.isAtSavedPoint()).isTrue();
  }

  @Test
  void markingSavedMovesTheSavedPointToTheCurrentPosition() {
    history.apply(edits.accept(start, "L1"));
    history.markSaved();
    assertThat(history.isAtSavedPoint()).isTrue();

    history.undo();
    assertThat(history.isAtSavedPoint()).isFalse();
    history.redo();
    assertThat(history.isAtSavedPoint()).isTrue();
  }

  @Test
  void theSavedPointIsLostWhenItsBranchIsForgotten() {
    history.apply(edits.accept(start, "L1"));
    history.markSaved();
    history.undo();

    history.apply(edits.reject(history.current(), "L1"));

    assertThat(history.isAtSavedPoint()).isFalse();
    history.undo();
    assertThat(history.isAtSavedPoint()).isFalse();
  }

  @Test
  void resetForgetsTheHistoryAndTakesTheSavedFlag() {
    history.apply(edits.accept(start, "L1"));
    Comparison loaded = history.current();

    history.reset(loaded, true);
    assertThat(history.canUndo()).isFalse();
    assertThat(history.canRedo()).isFalse();
    assertThat(history.isAtSavedPoint()).isTrue();

    history.reset(start, false);
    assertThat(history.current()).isSameAs(start);
    assertThat(history.isAtSavedPoint()).isFalse();
  }

  @Test
  void listenersHearEveryStepUntilRemoved() {
    List<String> heard = new ArrayList<>();
    Runnable listener = () -> heard.add(history.undoDescription().orElse("-"));
    history.addListener(listener);

    history.apply(edits.accept(start, "L1"));
    history.undo();
    history.redo();
    history.markSaved();
    history.removeListener(listener);
    history.undo();

    assertThat(heard).containsExactly("Accept link L1", "-", "Accept link L1", "Accept link L1");
  }
}
