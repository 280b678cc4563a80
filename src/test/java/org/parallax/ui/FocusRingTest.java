package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Wherever the keyboard is, the reader sees it: every focusable part looks different focused. */
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  @Test
  void everyPartTheKeyboardCanReachShowsWhenItHasTheFocus(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Comparison comparison = window.viewModel.alignment().comparisonProperty().get();
    Claim claim = comparison.claim(comparison.links().get(0).aClaims().get(0)).orElseThrow();
    robot.interact(() -> window.viewModel.tagging().clickAt(Side.A, claim.start(), false));
    FxWait.until(() -> FxWait.onFx(() -> robot.lookup("#partner-list").query().isVisible()));
    Node left = robot.lookup("#left-area").query();
    Node right = robot.lookup("#right-area").query();
    List<String> unmarked =
        FxWait.onFx(
            () ->
                FocusShown.all(left.getScene().getRoot()).stream()
                    .filter(n -> n.isFocusTraversable() && !n.isDisabled())
                    .filter(FocusShown::onScreen)
                    .filter(n -> !FocusShown.looksFocused(n, n == left ? right : left))
                    .map(FocusShown::describe)
                    .toList());
    assertThat(unmarked).isEmpty();
  }

  @Test
  void everyPartOfTheSummaryAndCompareAnnotatorsShowsWhenItHasTheFocus(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    robot.clickOn("#left-area");
    robot.type(KeyCode.F6);
    FxWait.until(() -> robot.lookup("#summary").tryQuery().isPresent());
    List<String> unmarked = new ArrayList<>(unmarkedIn(robot.lookup("#summary").query()));
    robot.interact(() -> ((Stage) robot.lookup("#summary").query().getScene().getWindow()).close());
    robot.clickOn(Messages.get("menu.file")).clickOn("#menu-compare-annotators");
    FxWait.until(() -> robot.lookup("#agree-window").tryQuery().isPresent());
    unmarked.addAll(unmarkedIn(robot.lookup("#agree-window").query()));
    assertThat(unmarked).isEmpty();
  }

  /**
   * The focusable parts of {@code any}'s window that look the same with the focus as without it
   * (the focus moved to another focusable part for comparison).
   */
  private static List<String> unmarkedIn(Node any) {
    return FxWait.onFx(
        () -> {
          List<Node> focusable =
              FocusShown.all(any.getScene().getRoot()).stream()
                  .filter(n -> n.isFocusTraversable() && !n.isDisabled())
                  .filter(FocusShown::onScreen)
                  .toList();
          return focusable.stream()
              .filter(
                  n -> !FocusShown.looksFocused(n, focusable.get(focusable.get(0) == n ? 1 : 0)))
              .map(n -> any.getScene().getRoot().getId() + ": " + FocusShown.describe(n))
              .toList();
        });
  }
}
