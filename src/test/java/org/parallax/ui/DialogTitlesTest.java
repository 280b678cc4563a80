package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.support.DesktopAccess;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's small dialogs say in their title bar what they are for. */
@ExtendWith(ApplicationExtension.class)
class DialogTitlesTest {

  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  @Test
  void theReimportChooserAsksForANewVersionOfThatEssayAndOffersEssaysOnly(FxRobot robot)
      throws Exception {
    MenuItem item = item(robot, "menu-reimport-right");

    robot.interact(item::fire);

    assertThat(window.reimportChooserTitle.get())
        .isEqualTo(Messages.get("file.reimportRight"))
        .doesNotContain(Messages.get("action.open"));
    assertThat(DesktopAccess.ESSAY_PATTERNS)
        .contains("*.txt", "*.pdf")
        .noneMatch(p -> p.contains("json"));
  }

  @Test
  void theYourNameDialogIsTitledSo(FxRobot robot) throws Exception {
    MenuItem item = item(robot, "menu-annotator");

    Platform.runLater(item::fire);

    FxWait.until(() -> dialogTitled(Messages.get("annotator.title")).isPresent());
    robot.interact(() -> ((Stage) dialogTitled(Messages.get("annotator.title")).get()).close());
    assertThat(dialogTitled("Confirmation")).isEmpty();
  }

  private static MenuItem item(FxRobot robot, String id) {
    return items(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream())
        .filter(i -> id.equals(i.getId()))
        .findFirst()
        .orElseThrow();
  }

  private static Stream<MenuItem> items(Stream<? extends MenuItem> items) {
    return items.flatMap(
        i ->
            i instanceof Menu menu
                ? Stream.concat(Stream.of(i), items(menu.getItems().stream()))
                : Stream.of(i));
  }

  private static Optional<Window> dialogTitled(String title) {
    return FxWait.onFx(
        () ->
            Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && w.isShowing())
                .findFirst());
  }
}
