package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Linked scrolling in the window, with the seed beside its counterpart, driven by mouse wheel
 * notches: the other essay follows in the same direction or waits, never the other way.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedScrollingDirectionTest {
  /** One notch of a mouse wheel, in pixels: positive scrolls the text up (towards its start). */
  private static final double NOTCH = 40;

  private TestWindow window;
  private DocumentArea left;
  private DocumentArea right;
  private final List<String> wrongWay = new ArrayList<>();
  private final Set<String> followed = new TreeSet<>();

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    right = robot.lookup("#right-area").queryAs(DocumentArea.class);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void wheelNotchesOnEitherSideNeverMoveTheOtherSideTheOtherWay(FxRobot robot) throws Exception {
    Comparison comparison = window.viewModel.alignment().comparisonProperty().get();
    Claim firstLinked = comparison.claim(comparison.links().get(0).aClaims().get(0)).orElseThrow();

    // Before the first link: from the top, down and back up on each side.
    notches(robot, left, 8, -1);
    notches(robot, left, 8, +1);
    notches(robot, right, 5, -1);
    notches(robot, right, 4, +1);
    // Between links: after a claim was clicked and its partner revealed on the other side.
    robot.interact(() -> window.viewModel.alignment().select(firstLinked));
    WaitForAsyncUtils.waitForFxEvents();
    notches(robot, right, 4, +1);
    notches(robot, left, 2, +1);
    notches(robot, left, 5, -1);
    notches(robot, right, 3, -1);
    // After the last link: at the end of the essays, and back.
    robot.interact(() -> left.showParagraphAtBottom(left.getParagraphs().size() - 1));
    robot.interact(() -> right.showParagraphAtBottom(right.getParagraphs().size() - 1));
    WaitForAsyncUtils.waitForFxEvents();
    notches(robot, left, 3, -1);
    notches(robot, right, 4, +1);
    notches(robot, left, 12, +1);
    notches(robot, right, 6, -1);

    assertThat(wrongWay).isEmpty();
    assertThat(followed)
        .as("the other side did follow each way")
        .containsExactly("left down", "left up", "right down", "right up");
  }

  /**
   * Turns the wheel {@code count} notches over {@code area}: {@code -1} scrolls towards the end,
   * {@code +1} towards the start. Records every notch that moved the other side the other way.
   */
  private void notches(FxRobot robot, DocumentArea area, int count, int direction) {
    DocumentArea other = area == left ? right : left;
    for (int i = 0; i < count; i++) {
      int before = FxWait.onFx(() -> topOffset(other));
      robot.interact(() -> Event.fireEvent(flow(area), notch(direction * NOTCH)));
      WaitForAsyncUtils.waitForFxEvents();
      WaitForAsyncUtils.waitForFxEvents();
      int after = FxWait.onFx(() -> topOffset(other));
      boolean wrong = direction > 0 ? after > before : after < before;
      if (after != before && !wrong) {
        followed.add(name(area, direction));
      }
      if (wrong) {
        wrongWay.add(
            String.format(
                "%s: other side's top went from %d to %d", name(area, direction), before, after));
      }
    }
  }

  private String name(DocumentArea area, int direction) {
    return (area == left ? "left " : "right ") + (direction > 0 ? "up" : "down");
  }

  /** The offset of the text at the top left of {@code area}'s view. */
  private static int topOffset(DocumentArea area) {
    return area.hit(2, 2).getInsertionIndex();
  }

  /** The node inside the area that scrolls on a wheel event, as the mouse would reach it. */
  private static Node flow(DocumentArea area) {
    return area.lookup(".virtual-flow");
  }

  private static ScrollEvent notch(double deltaY) {
    return new ScrollEvent(
        ScrollEvent.SCROLL,
        10,
        10,
        10,
        10,
        false,
        false,
        false,
        false,
        false,
        false,
        0,
        deltaY,
        0,
        deltaY,
        ScrollEvent.HorizontalTextScrollUnits.NONE,
        0,
        ScrollEvent.VerticalTextScrollUnits.NONE,
        0,
        0,
        null);
  }
}
