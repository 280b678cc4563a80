package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.reading.RibbonGutter;
import org.parallax.ui.support.WindowSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The width the reader gives the gutter between the essays is kept from one run to the next. */
@ExtendWith(ApplicationExtension.class)
class GutterWidthTest {
  private static final double REMEMBERED = 150;
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    WindowSettings d = TestWindow.named("Test reader");
    window =
        new TestWindow(
            stage,
            new WindowSettings(
                d.width(),
                d.height(),
                d.divider(),
                REMEMBERED,
                d.fontSize(),
                d.linkedScrolling(),
                d.dark(),
                d.annotator(),
                d.highContrast(),
                d.tourSeen()));
  }

  @Test
  void theWindowOpensWithTheGutterAsWideAsTheReaderLeftIt(FxRobot robot) throws Exception {
    RibbonGutter gutter = robot.lookup("#ribbon-gutter").queryAs(RibbonGutter.class);
    FxWait.until(() -> FxWait.onFx(gutter::getWidth) == REMEMBERED);
    FxWait.until(
        () ->
            Math.abs(
                    FxWait.onFx(
                            () -> robot.lookup("#left-view").query().getLayoutBounds().getWidth())
                        - FxWait.onFx(
                            () -> robot.lookup("#right-view").query().getLayoutBounds().getWidth()))
                < 12);
  }

  @Test
  void closingTheWindowRemembersTheWidthTheReaderDraggedTheGutterTo(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    RibbonGutter gutter = robot.lookup("#ribbon-gutter").queryAs(RibbonGutter.class);
    double before = FxWait.onFx(gutter::getWidth);
    Bounds box = FxWait.onFx(() -> gutter.localToScreen(gutter.getBoundsInLocal()));
    robot.drag(new Point2D(box.getMaxX() - 2, box.getMinY() + box.getHeight() / 2)).dropBy(60, 0);
    FxWait.until(() -> FxWait.onFx(gutter::getWidth) > before + 40);
    double widened = FxWait.onFx(gutter::getWidth);

    robot.interact(() -> robot.window(0).hide());

    assertThat(window.settings.load().gutterWidth()).isCloseTo(widened, Offset.offset(0.5));
  }
}
