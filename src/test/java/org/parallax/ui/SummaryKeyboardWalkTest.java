package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The summary with the keyboard alone: F6 opens it, Tab reaches a chart's Save as PNG, Space saves
 * the picture, Esc closes the summary and the keys are back in the main window; wherever the focus
 * is, it is shown.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryKeyboardWalkTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  @Test
  void aReaderOpensTheSummarySavesAChartAndClosesItWithTheKeyboardAlone(FxRobot robot)
      throws Exception {
    Node left = robot.lookup("#left-area").query();
    FxWait.until(() -> FxWait.onFx(() -> left.getScene().getFocusOwner()) == left);
    window.nextChosenFile.set(window.fixture("karabakh-counterpart.txt"));
    robot.push(KeyCode.CONTROL, KeyCode.O);
    FxWait.until(() -> window.viewModel.alignment().comparisonProperty().get() != null);

    robot.type(KeyCode.F6);
    FxWait.until(() -> robot.lookup("#summary").tryQuery().isPresent());
    Scene summary = FxWait.onFx(() -> robot.lookup("#summary").query().getScene());
    Window shown = summary.getWindow();
    FxWait.until(() -> FxWait.onFx(shown::isFocused));

    Node save = robot.lookup("#summary-save-relations").query();
    Node other = robot.lookup("#summary-save-strips").query();
    for (int i = 0; i < 12 && focusOwner(summary) != save; i++) {
      robot.type(KeyCode.TAB);
      FxWait.until(() -> focusOwner(summary) != null);
      Node owner = focusOwner(summary);
      assertThat(FxWait.onFx(() -> FocusShown.onScreen(owner)))
          .as(FocusShown.describe(owner))
          .isTrue();
      assertThat(FxWait.onFx(() -> FocusShown.looksFocused(owner, owner == save ? other : save)))
          .as(FocusShown.describe(owner))
          .isTrue();
    }
    assertThat(focusOwner(summary)).isSameAs(save);
    assertThat(FxWait.onFx(() -> FocusShown.looksFocused(save, other))).isTrue();

    Path picture = window.folder.resolve("relations.png");
    window.nextImageTarget.set(picture);
    robot.type(KeyCode.SPACE);
    FxWait.until(() -> Files.exists(picture));
    byte[] bytes = Files.readAllBytes(picture);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");

    robot.type(KeyCode.ESCAPE);
    FxWait.until(() -> !FxWait.onFx(shown::isShowing));
    FxWait.until(() -> FxWait.onFx(() -> left.getScene().getWindow().isFocused()));
    assertThat(FxWait.onFx(() -> left.getScene().getFocusOwner())).isNotNull();
  }

  private static Node focusOwner(Scene scene) {
    return FxWait.onFx(scene::getFocusOwner);
  }
}
