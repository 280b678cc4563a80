package org.parallax.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.FxWait;
import org.parallax.ui.Messages;
import org.parallax.ui.TestWindow;
import org.parallax.ui.support.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-start tour: shown once, walked with the keyboard, reopened from Help. */
@ExtendWith(ApplicationExtension.class)
class TourTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    // Settings as a first start has them: the tour not yet seen.
    window = new TestWindow(stage, SettingsStore.inMemory(TestWindow.named("Test reader")));
  }

  @Test
  void theFirstStartOpensTheTourWhichEnterBackAndEscapeWalk(FxRobot robot) throws Exception {
    FxWait.until(() -> robot.lookup("#tour").tryQuery().isPresent());
    assertThat(window.settings.load().tourSeen()).isTrue();
    assertThat(title(robot)).isEqualTo(Messages.get("tour.counterpart.title"));
    Button next = robot.lookup("#tour-next").queryAs(Button.class);
    FxWait.until(next::isFocused);
    assertThat(next.getAccessibleText()).contains(Messages.get("tour.position", 1, 5));
    assertThat(robot.lookup("#tour-back").queryAs(Button.class).isDisabled()).isTrue();

    robot.type(KeyCode.ENTER);
    FxWait.until(() -> Messages.get("tour.claim.title").equals(title(robot)));
    assertThat(next.getAccessibleText()).contains(Messages.get("tour.claim.body"));

    robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
    FxWait.until(() -> robot.lookup("#tour-back").queryAs(Button.class).isFocused());
    robot.type(KeyCode.SPACE);
    FxWait.until(() -> Messages.get("tour.counterpart.title").equals(title(robot)));

    robot.type(KeyCode.ESCAPE);
    FxWait.until(() -> robot.lookup("#tour").tryQuery().isEmpty());
  }

  @Test
  void theTourWalksToItsEndAndIsNotShownAgainButHelpReopensIt(FxRobot robot) throws Exception {
    FxWait.until(() -> robot.lookup("#tour").tryQuery().isPresent());
    for (int step = 1; step < TourModel.STEPS.size(); step++) {
      robot.clickOn("#tour-next");
    }
    assertThat(title(robot)).isEqualTo(Messages.get("tour.save.title"));
    assertThat(robot.lookup("#tour-next").queryAs(Button.class).getText())
        .isEqualTo(Messages.get("tour.done"));
    robot.clickOn("#tour-next");
    FxWait.until(() -> robot.lookup("#tour").tryQuery().isEmpty());

    Stage second = FxWait.onFx(Stage::new);
    robot.interact(
        () -> {
          try {
            new TestWindow(second, window.settings);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertThat(robot.lookup("#tour").tryQuery()).isEmpty();

    MenuItem tour =
        robot
            .from(second.getScene().getRoot())
            .lookup(".menu-bar")
            .queryAs(MenuBar.class)
            .getMenus()
            .stream()
            .flatMap(m -> m.getItems().stream())
            .filter(i -> "menu-tour".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    robot.interact(tour::fire);
    FxWait.until(() -> robot.lookup("#tour").tryQuery().isPresent());
    assertThat(title(robot)).isEqualTo(Messages.get("tour.counterpart.title"));
    robot.interact(second::close);
  }

  private static String title(FxRobot robot) {
    Node label = robot.lookup("#tour-title").query();
    return ((Label) label).getText();
  }
}
