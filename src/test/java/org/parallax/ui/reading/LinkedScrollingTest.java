package org.parallax.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Which side leads the linked scrolling, with the areas in their scroll panes as in the window. */
@ExtendWith(ApplicationExtension.class)
class LinkedScrollingTest {
  private StyleClassedTextArea left;
  private StyleClassedTextArea right;
  private VirtualizedScrollPane<StyleClassedTextArea> leftPane;
  private LinkedScrolling linking;

  @Start
  void start(Stage stage) {
    left = new StyleClassedTextArea();
    right = new StyleClassedTextArea();
    String text = "A line of an essay that is long enough to read.\n\n".repeat(200).strip();
    left.replaceText(text);
    right.replaceText(text);
    leftPane = new VirtualizedScrollPane<>(left);
    HBox box = new HBox(leftPane, new VirtualizedScrollPane<>(right));
    stage.setScene(new Scene(box, 600, 300));
    stage.show();
    linking = new LinkedScrolling(left, right, new SimpleBooleanProperty(true));
  }

  @Test
  void pressingASidesScrollBarMakesThatSideLeadAgainAfterBothWereHeld(FxRobot robot)
      throws TimeoutException {
    laidOut();
    robot.interact(linking::holdBoth);
    ScrollBar bar =
        robot.from(leftPane).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
            .filter(b -> b.getOrientation() == Orientation.VERTICAL)
            .findFirst()
            .orElseThrow();
    assertThat(FxWait.onFx(right::firstVisibleParToAllParIndex)).isZero();

    robot.interact(() -> Event.fireEvent(bar, press()));
    robot.interact(() -> left.showParagraphAtTop(200));

    FxWait.until(() -> FxWait.onFx(right::firstVisibleParToAllParIndex) > 100);
  }

  @Test
  void whileBothAreHeldNeitherSideDragsTheOther(FxRobot robot) throws Exception {
    laidOut();
    robot.interact(linking::holdBoth);

    robot.interact(() -> left.showParagraphAtTop(200));
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

    assertThat(FxWait.onFx(right::firstVisibleParToAllParIndex)).isZero();
  }

  @Test
  void holdingOneSideWhileBothAreHeldKeepsBothHeld(FxRobot robot) throws Exception {
    laidOut();
    robot.interact(linking::holdBoth);
    robot.interact(() -> linking.hold(right));

    robot.interact(() -> left.showParagraphAtTop(200));
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

    assertThat(FxWait.onFx(right::firstVisibleParToAllParIndex)).isZero();
  }

  /** Both areas measured, so scrolling one has a place to take the other to. */
  private void laidOut() throws TimeoutException {
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    left.getViewportHeight() > 0
                        && right.getViewportHeight() > 0
                        && right.totalHeightEstimateProperty().getOrElse(0.0)
                            > right.getViewportHeight()));
  }

  private static MouseEvent press() {
    return new MouseEvent(
        MouseEvent.MOUSE_PRESSED,
        1,
        1,
        1,
        1,
        MouseButton.PRIMARY,
        1,
        false,
        false,
        false,
        false,
        true,
        false,
        false,
        true,
        false,
        false,
        null);
  }
}
