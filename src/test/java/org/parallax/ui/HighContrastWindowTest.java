package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window in the high-contrast look, chosen from the View menu and kept between runs. */
@ExtendWith(ApplicationExtension.class)
class HighContrastWindowTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  @Test
  void viewHighContrastPutsTheEssaysOnBlackAndTheWindowRemembersIt(FxRobot robot) throws Exception {
    Scene scene = robot.window(0).getScene();
    assertThat(scene.getRoot().getStyleClass()).doesNotContain(Theme.HIGH_CONTRAST);

    CheckMenuItem item =
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
            .flatMap(m -> m.getItems().stream())
            .filter(i -> "menu-high-contrast".equals(i.getId()))
            .map(CheckMenuItem.class::cast)
            .findFirst()
            .orElseThrow();
    robot.interact(() -> item.setSelected(true));

    assertThat(scene.getRoot().getStyleClass()).contains(Theme.HIGH_CONTRAST, Styles.DARK);
    Region area = robot.lookup("#left-area").queryAs(Region.class);
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    area.getBackground() != null
                        && Color.BLACK.equals(surface(area.getBackground().getFills()))));

    robot.interact(() -> robot.window(0).hide());

    assertThat(window.settings.load().highContrast()).isTrue();
  }

  /**
   * The innermost fill: the essay's surface, under the focus ring drawn when it has the keyboard.
   */
  private static Object surface(List<BackgroundFill> fills) {
    return fills.get(fills.size() - 1).getFill();
  }
}
