package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.ui.align.Partner;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A claim no suggestion links still shows its next best candidates, and one key links one. */
@ExtendWith(ApplicationExtension.class)
class RunnersUpTest {
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void clickingAClaimWithNoSuggestionShowsUpToThreeRunnersUpAndAKeyLinksOne(FxRobot robot)
      throws Exception {
    Claim claim = unlinkedClaimWithRunnersUp(robot);

    click(robot, claim);

    FxWait.until(() -> claim.equals(viewModel.alignment().selectedProperty().get()));
    List<Partner> shown = List.copyOf(viewModel.alignment().partners());
    assertThat(shown).hasSizeBetween(1, 3).allMatch(Partner::runnerUp);
    assertThat(shown).extracting(Partner::rank).containsExactly(ranks(shown.size()));
    for (int i = 1; i < shown.size(); i++) {
      assertThat(shown.get(i).score()).isLessThanOrEqualTo(shown.get(i - 1).score());
    }
    assertThat(shown).allMatch(p -> p.claim().side() == Side.B && !p.reasons().isEmpty());
    // The list is short: the first row is surely drawn, dimmed, saying it is not suggested.
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    robot
                        .lookup("#partner-list .partner-runner-up")
                        .queryAllAs(ListCell.class)
                        .stream()
                        .anyMatch(
                            cell ->
                                shown.get(0).equals(cell.getItem())
                                    && cell.getText().contains("not suggested"))));
    assertThat(robot.lookup("#partner-list").queryListView().getItems())
        .containsExactlyElementsOf(shown);
    assertThat(robot.lookup("#link-partner-1").tryQuery()).isPresent();

    Claim chosen = shown.get(shown.size() - 1).claim();
    robot.type(
        shown.size() == 1 ? KeyCode.DIGIT1 : shown.size() == 2 ? KeyCode.DIGIT2 : KeyCode.DIGIT3);

    FxWait.until(() -> linkBetween(claim, chosen) != null);
    Link made = linkBetween(claim, chosen);
    assertThat(made.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(made.aClaims()).containsExactly(claim.id());
    assertThat(made.bClaims()).containsExactly(chosen.id());
    FxWait.until(() -> claim.equals(viewModel.alignment().selectedProperty().get()));
    List<Partner> after = List.copyOf(viewModel.alignment().partners());
    assertThat(after.get(0).claim()).isEqualTo(chosen);
    assertThat(after.get(0).runnerUp()).isFalse();
    assertThat(after.stream().filter(p -> p.claim().equals(chosen))).hasSize(1);

    robot.interact(() -> viewModel.alignment().session().undo());

    FxWait.until(() -> linkBetween(claim, chosen) == null);
    robot.interact(() -> viewModel.alignment().select(claim));
    assertThat(viewModel.alignment().partners()).containsExactlyElementsOf(shown);
  }

  @Test
  void aRejectedSuggestionIsNotOfferedAgainAsARunnerUp(FxRobot robot) throws Exception {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    Link suggestion =
        comparison.links().stream()
            .filter(l -> l.aClaims().size() == 1 && l.bClaims().size() == 1)
            .findFirst()
            .orElseThrow();
    Claim claim = comparison.claim(suggestion.aClaims().get(0)).orElseThrow();
    Claim partner = comparison.claim(suggestion.bClaims().get(0)).orElseThrow();

    robot.interact(
        () -> {
          viewModel.tagging().focus(suggestion);
          viewModel.tagging().reject();
          viewModel.alignment().select(claim);
        });

    assertThat(viewModel.alignment().partners())
        .isNotEmpty()
        .allMatch(Partner::runnerUp)
        .noneMatch(p -> p.claim().equals(partner));
  }

  /** The first claim of side A that no link names and that has runners-up. */
  private Claim unlinkedClaimWithRunnersUp(FxRobot robot) {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    for (Claim claim : comparison.claims(Side.A)) {
      boolean linked = comparison.links().stream().anyMatch(l -> l.aClaims().contains(claim.id()));
      if (linked) {
        continue;
      }
      robot.interact(() -> viewModel.alignment().select(claim));
      boolean hasRunnersUp = !viewModel.alignment().partners().isEmpty();
      robot.interact(() -> viewModel.alignment().select(null));
      if (hasRunnersUp) {
        return claim;
      }
    }
    throw new AssertionError("no unlinked claim with runners-up");
  }

  private void click(FxRobot robot, Claim claim) throws Exception {
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    robot.interact(
        () ->
            left.showParagraphAtTop(left.offsetToPosition(claim.start(), Bias.Forward).getMajor()));
    WaitForAsyncUtils.waitForFxEvents();
    Bounds bounds =
        FxWait.onFx(() -> left.boundsOnScreen(claim.start(), claim.start() + 3).orElseThrow());
    robot.clickOn(new Point2D(bounds.getMinX() + 2, bounds.getCenterY()));
  }

  private Link linkBetween(Claim a, Claim b) {
    return viewModel.alignment().comparisonProperty().get().links().stream()
        .filter(l -> l.aClaims().contains(a.id()) && l.bClaims().contains(b.id()))
        .findFirst()
        .orElse(null);
  }

  private static Integer[] ranks(int n) {
    Integer[] ranks = new Integer[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = i + 1;
    }
    return ranks;
  }
}
