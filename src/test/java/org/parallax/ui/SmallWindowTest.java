package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {
  private TestWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    window = new TestWindow(stage);
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void inTheSmallestWindowTheEssaysShareTheRoomEquallyAndTheSidePanelGivesWay(FxRobot robot)
      throws Exception {
    resize(robot, 860, 600);

    double left = width(robot, "#left-view");
    double right = width(robot, "#right-view");
    assertThat(left).isCloseTo(right, within(12.0));
    assertThat(left).isGreaterThan(240);
    assertThat(width(robot, "#side-panel")).isLessThan(300);
  }

  @Test
  void inTheSmallestWindowTheToolbarKeepsEveryButtonInView(FxRobot robot) throws Exception {
    resize(robot, 860, 600);

    double sceneWidth = FxWait.onFx(() -> stage.getScene().getWidth());
    for (String id :
        new String[] {
          "#tool-undo", "#tool-redo", "#tool-side-panel", "#tool-font-smaller", "#tool-font-bigger"
        }) {
      Node button = robot.lookup(id).query();
      assertThat(FxWait.onFx(() -> button.getScene() != null && button.isVisible()))
          .as(id)
          .isTrue();
      assertThat(FxWait.onFx(() -> button.localToScene(button.getBoundsInLocal()).getMaxX()))
          .as(id)
          .isLessThanOrEqualTo(sceneWidth);
    }
  }

  @Test
  void afterTheWindowGrowsAgainTheEssaysAndThePanelTakeBackTheirWidths(FxRobot robot)
      throws Exception {
    resize(robot, 1280, 820);
    double left = width(robot, "#left-view");
    double panel = width(robot, "#side-panel");

    resize(robot, 860, 600);
    resize(robot, 1280, 820);

    assertThat(width(robot, "#left-view")).isCloseTo(left, within(4.0));
    assertThat(width(robot, "#side-panel")).isCloseTo(panel, within(4.0));
    assertThat(width(robot, "#left-view")).isCloseTo(width(robot, "#right-view"), within(12.0));
  }

  private void resize(FxRobot robot, double w, double h) throws Exception {
    robot.interact(
        () -> {
          stage.setWidth(w);
          stage.setHeight(h);
        });
    FxWait.until(() -> FxWait.onFx(() -> Math.abs(stage.getScene().getWidth() - w) < 40));
    // The split panes lay themselves out over the next pulses.
    FxWait.until(
        () ->
            FxWait.onFx(
                () -> {
                  Node panel = stage.getScene().lookup("#side-panel");
                  Bounds b = panel.localToScene(panel.getBoundsInLocal());
                  return b.getMaxX() <= stage.getScene().getWidth() + 1
                      && Math.abs(b.getMaxX() - stage.getScene().getWidth()) < 20;
                }));
    robot.interact(() -> {});
  }

  private static double width(FxRobot robot, String id) throws Exception {
    Node node = robot.lookup(id).query();
    return FxWait.onFx(() -> node.getLayoutBounds().getWidth());
  }
}
