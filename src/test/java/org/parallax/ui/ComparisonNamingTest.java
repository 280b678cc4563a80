package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.store.ComparisonStore;
import org.parallax.tagging.ComparisonNames;
import org.parallax.ui.support.ReaderName;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A comparison says what it is and who made it: a title from its essays the reader can change, the
 * reader's name asked once, and a file name proposed from the title.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonNamingTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage, "");
  }

  private Comparison comparison() {
    return window.viewModel.alignment().comparisonProperty().get();
  }

  private Link link(String id) {
    return comparison().links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private boolean asking(FxRobot robot) {
    return robot.lookup("#reader-name").tryQuery().isPresent();
  }

  @Test
  void theReadersNameIsAskedOnceWithTheSystemsNameFilledInAndGoesOnTheirWork(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    Link first = comparison().links().get(0);
    Link second = comparison().links().get(1);

    Platform.runLater(
        () -> {
          window.viewModel.tagging().focus(first);
          window.viewModel.tagging().accept();
        });
    FxWait.until(() -> asking(robot));
    TextField name = robot.lookup("#reader-name").queryAs(TextField.class);
    assertThat(name.getText()).isEqualTo(ReaderName.suggestion());
    robot.interact(() -> name.setText("Ana Grigoryan"));
    robot.clickOn(name).type(KeyCode.ENTER);
    FxWait.until(() -> link(first.id()).status() == LinkStatus.CONFIRMED);
    assertThat(link(first.id()).annotator()).isEqualTo("Ana Grigoryan");

    robot.interact(
        () -> {
          window.viewModel.tagging().focus(second);
          window.viewModel.tagging().reject();
        });
    assertThat(asking(robot)).isFalse();
    assertThat(link(second.id()).annotator()).isEqualTo("Ana Grigoryan");
  }

  @Test
  void aSavedComparisonHasItsEssaysTitleTheReadersNameAndAFileNamedAfterIt(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    String expectedTitle = ComparisonNames.defaultTitle(comparison().a(), comparison().b());
    assertThat(comparison().title()).isEqualTo(expectedTitle);
    Path target = window.folder.resolve("saved.parallax.json");
    window.nextSaveTarget.set(target);

    Platform.runLater(() -> robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL));
    FxWait.until(() -> asking(robot));
    robot.interact(() -> robot.lookup("#reader-name").queryAs(TextField.class).setText("Ana"));
    robot.clickOn("#reader-name").type(KeyCode.ENTER);
    FxWait.until(() -> target.toFile().exists());

    assertThat(window.lastSaveSuggestion.get())
        .isEqualTo(Path.of(ComparisonNames.fileName(expectedTitle)));
    Comparison saved = new ComparisonStore().load(target).comparison();
    assertThat(saved.title()).isEqualTo(expectedTitle);
    assertThat(saved.annotator()).isEqualTo("Ana");
  }

  @Test
  void comparisonDetailsRenamesTheComparisonAsOneStepUndoTakesBack(FxRobot robot) throws Exception {
    window.viewModel.tagging().annotatorProperty().set("Ana");
    window.openCounterpart(robot);
    String before = comparison().title();

    robot.clickOn(Messages.get("menu.file"));
    robot.clickOn(Messages.get("action.comparisonDetails"));
    TextField title = robot.lookup("#comparison-title").queryAs(TextField.class);
    assertThat(title.getText()).isEqualTo(before);
    assertThat(robot.lookup("#comparison-annotator").queryAs(TextField.class).getText())
        .isEqualTo("Ana");
    robot.interact(() -> title.setText("Karabakh, September 2023: two views"));
    robot.clickOn(title).type(KeyCode.ENTER);

    FxWait.until(() -> comparison().title().equals("Karabakh, September 2023: two views"));
    assertThat(comparison().annotator()).isEqualTo("Ana");
    robot.interact(() -> window.viewModel.alignment().session().undo());
    assertThat(comparison().title()).isEqualTo(before);
  }
}
