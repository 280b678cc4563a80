package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Details… on an essay sets its authors, as one step Undo takes back. */
@ExtendWith(ApplicationExtension.class)
class EssayDetailsTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  private Comparison comparison() {
    return window.viewModel.alignment().comparisonProperty().get();
  }

  @Test
  void detailsSetsTheCounterpartsAuthorsAndUndoTakesThemBack(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    assertThat(comparison().b().metadata().authors()).isEmpty();

    robot.clickOn("#right-details");
    TextField authors = robot.lookup("#details-authors").queryAs(TextField.class);
    robot.clickOn(authors).write("Ani Petrosyan and Tigran Sargsyan");
    robot.type(KeyCode.ENTER);

    FxWait.until(() -> !comparison().b().metadata().authors().isEmpty());
    assertThat(comparison().b().metadata().authors())
        .containsExactly("Ani Petrosyan", "Tigran Sargsyan");
    robot.interact(() -> window.viewModel.alignment().session().undo());
    assertThat(comparison().b().metadata().authors()).isEmpty();
  }
}
