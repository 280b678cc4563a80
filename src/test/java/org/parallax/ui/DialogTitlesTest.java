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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's small dialogs say in their title bar what they are for. */
@ExtendWith(ApplicationExtension.class)
class DialogTitlesTest {

  @Start
  void start(Stage stage) throws IOException {
    new TestWindow(stage);
  }

  @Test
  void theYourNameDialogIsTitledSo(FxRobot robot) throws Exception {
    MenuItem item =
        items(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream())
            .filter(i -> "menu-annotator".equals(i.getId()))
            .findFirst()
            .orElseThrow();

    Platform.runLater(item::fire);

    FxWait.until(() -> dialogTitled(Messages.get("annotator.title")).isPresent());
    robot.interact(() -> ((Stage) dialogTitled(Messages.get("annotator.title")).get()).close());
    assertThat(dialogTitled("Confirmation")).isEmpty();
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
