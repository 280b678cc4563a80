package org.parallax.ui.agree;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.agreement.Settlement;
import org.parallax.agreement.UnitPair;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;
import org.parallax.ui.support.BackgroundRunner;

/** The Compare annotators window's decisions, on the class fixtures of the agreement package. */
class AgreementViewModelTest {
  private static final UnitPair A3B3 = new UnitPair(2, 2);
  private static final UnitPair A1B2 = new UnitPair(0, 1);

  @TempDir Path folder;

  private final AgreementViewModel viewModel =
      new AgreementViewModel(BackgroundRunner.inPlace(), new ComparisonStore(), () -> "Ms Aliyeva");

  private void compareTheClass() {
    viewModel.add(List.of(student("ana"), student("ben"), student("cleo")));
    viewModel.compare();
  }

  @Test
  void theFileMarkedAsTheKeyIsNotComparedAsAStudent() {
    viewModel.add(List.of(student("ana"), student("ben"), student("key"), student("cleo")));
    viewModel.toggleKey(student("key"));
    viewModel.compare();

    assertThat(viewModel.comparedProperty().get().report().annotators())
        .containsExactly("ana", "ben", "cleo");
    assertThat(viewModel.comparedProperty().get().report().keyFile()).isEqualTo(student("key"));
  }

  @Test
  void aFileAddedTwiceIsListedOnceAndRemovingTheKeyUnmarksIt() {
    viewModel.add(List.of(student("ana"), student("key")));
    viewModel.add(List.of(student("ana")));
    viewModel.toggleKey(student("key"));
    viewModel.files().remove(student("key"));

    assertThat(viewModel.files()).containsExactly(student("ana"));
    assertThat(viewModel.keyProperty().get()).isNull();
    assertThat(viewModel.mayCompare()).isFalse();
  }

  @Test
  void settlingUndoesAndRedoesAndANewSettlementForgetsWhatWasUndone() {
    compareTheClass();

    viewModel.keep(A3B3, "reframe");
    viewModel.drop(A1B2);
    assertThat(viewModel.openCount()).isZero();

    viewModel.undo();
    assertThat(viewModel.consensusProperty().get().settlement(A1B2)).isEmpty();
    assertThat(viewModel.consensusProperty().get().settlement(A3B3))
        .contains(Settlement.keep("reframe"));
    viewModel.redo();
    assertThat(viewModel.consensusProperty().get().settlement(A1B2)).contains(Settlement.drop());

    viewModel.undo();
    viewModel.keep(A1B2, "agree");
    assertThat(viewModel.canRedoProperty().get()).isFalse();
    assertThat(viewModel.canUndoProperty().get()).isTrue();
  }

  @Test
  void unsettlingGivesThePairBackToTheVoteAndCanBeUndone() {
    compareTheClass();
    viewModel.keep(A3B3, "agree");

    viewModel.unsettle(A3B3);
    assertThat(viewModel.consensusProperty().get().settlement(A3B3)).isEmpty();
    assertThat(viewModel.toSettle())
        .filteredOn(r -> r.pair().equals(A3B3))
        .extracting(AgreementRows.PairRow::standing)
        .containsExactly("relations tie");

    viewModel.undo();
    assertThat(viewModel.toSettle())
        .filteredOn(r -> r.pair().equals(A3B3))
        .extracting(AgreementRows.PairRow::standing)
        .containsExactly("settled: agree");
  }

  @Test
  void aCancelledComparisonLeavesWhatWasShownAndItsResultIsDropped() {
    Deque<Runnable> queued = new ArrayDeque<>();
    AgreementViewModel later =
        new AgreementViewModel(
            new BackgroundRunner(queued::add, Runnable::run), new ComparisonStore(), () -> "");
    later.add(List.of(student("ana"), student("ben")));
    later.compare();
    queued.poll().run();
    Object shown = later.comparedProperty().get();
    later.add(List.of(student("cleo")));

    later.compare();
    assertThat(later.runningProperty().get()).isTrue();
    later.cancel();
    queued.poll().run();

    assertThat(later.runningProperty().get()).isFalse();
    assertThat(later.comparedProperty().get()).isNotNull().isSameAs(shown);
    assertThat(later.noticeProperty().get().text()).contains("cancelled");
  }

  @Test
  void oneStudentsFileIsNotEnoughToCompare() {
    viewModel.add(List.of(student("ana"), student("key")));
    viewModel.toggleKey(student("key"));
    viewModel.compare();

    assertThat(viewModel.comparedProperty().get()).isNull();
    assertThat(viewModel.noticeProperty().get().error()).isTrue();
  }

  @Test
  void theConsensusIsSavedWithTheExtensionAndTheTeachersName() throws Exception {
    compareTheClass();
    viewModel.keep(A3B3, "reframe");
    List<Path> saved = new ArrayList<>();

    viewModel.save(folder.resolve("class"), saved::add);

    Path file = folder.resolve("class.parallax.json");
    assertThat(saved).containsExactly(file);
    Comparison c = new ComparisonStore().load(file).comparison();
    assertThat(c.annotator()).isEqualTo("Ms Aliyeva");
    assertThat(c.links())
        .anyMatch(l -> l.relation().equals("reframe") && l.annotator().equals("ana, ben"));
  }

  @Test
  void anUndefinedFigureIsADashAndTheOthersHaveTwoDecimals() {
    assertThat(AgreementRows.number(null)).isEqualTo("\u2014");
    assertThat(AgreementRows.number(6.0 / 11)).isEqualTo("0.55");
    assertThat(AgreementRows.percent(0.6)).isEqualTo("60.00 %");
  }

  private static Path student(String name) {
    try {
      return Path.of(
          AgreementViewModelTest.class
              .getResource("/org/parallax/agreement/" + name + ".parallax.json")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
