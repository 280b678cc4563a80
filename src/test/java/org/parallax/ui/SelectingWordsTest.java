package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Words selected for a framing term, and claims chosen by a click, in the seed's text. */
@ExtendWith(ApplicationExtension.class)
class SelectingWordsTest {
  private TestWindow window;
  private DocumentArea left;
  private Claim claim;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  @BeforeEach
  void showALongClaimOfTheSeed(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    Comparison comparison = window.viewModel.alignment().comparisonProperty().get();
    claim =
        comparison.claims(Side.A).stream()
            .filter(c -> c.end() - c.start() > 80)
            .findFirst()
            .orElseThrow();
    robot.interact(
        () ->
            left.showParagraphAtTop(left.offsetToPosition(claim.start(), Bias.Forward).getMajor()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void draggingOverWordsInsideAClaimSelectsTheWordsButNotTheClaim(FxRobot robot) {
    robot.drag(at(claim.start() + 10), MouseButton.PRIMARY).dropTo(at(claim.start() + 25));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(FxWait.onFx(() -> left.getSelection().getLength())).isGreaterThan(5);
    assertThat(window.viewModel.alignment().selectedProperty().get()).isNull();
    assertThat(window.viewModel.tagging().chosen(Side.A)).isEmpty();
  }

  @Test
  void doubleClickingAWordSelectsTheWordButNotTheClaim(FxRobot robot) {
    Point2D word = at(claim.start() + 12);

    // The window's own clicks: a robot's second click may come too late to count as a double one.
    robot.interact(() -> click(word, 1));
    robot.interact(() -> click(word, 2));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(FxWait.onFx(() -> left.getSelectedText())).isNotBlank();
    assertThat(window.viewModel.alignment().selectedProperty().get()).isNull();
    assertThat(window.viewModel.tagging().chosen(Side.A)).isEmpty();
  }

  @Test
  void aClickInsideAClaimChoosesIt(FxRobot robot) throws Exception {
    robot.clickOn(at(claim.start() + 10));

    FxWait.until(() -> claim.equals(window.viewModel.alignment().selectedProperty().get()));
    assertThat(window.viewModel.tagging().chosen(Side.A)).containsExactly(claim);
  }

  private Point2D at(int offset) {
    Bounds b = FxWait.onFx(() -> left.boundsOnScreen(offset, offset + 1).orElseThrow());
    return new Point2D(b.getMinX() + 1, b.getCenterY());
  }

  /** Presses, releases and clicks at {@code screen}, the {@code count}th click in a row. */
  private void click(Point2D screen, int count) {
    Point2D scene = left.localToScene(left.screenToLocal(screen));
    for (EventType<MouseEvent> type :
        java.util.List.of(
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
      Event.fireEvent(
          left,
          new MouseEvent(
              type,
              scene.getX(),
              scene.getY(),
              screen.getX(),
              screen.getY(),
              MouseButton.PRIMARY,
              count,
              false,
              false,
              false,
              false,
              type == MouseEvent.MOUSE_PRESSED,
              false,
              false,
              true,
              false,
              true,
              null));
    }
  }
}
