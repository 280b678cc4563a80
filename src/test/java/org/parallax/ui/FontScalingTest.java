package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole window, not only the essays, follows the reader's font size. */
@ExtendWith(ApplicationExtension.class)
class FontScalingTest {
  /** Controls of every part of the window: side panel tabs and buttons, essay headers, menus. */
  private static final String KEY_CONTROLS =
      ".side-panel .tab-label, .side-panel .button, .document-header .label,"
          + " .document-header .button, .document-header .check-box, .menu-bar .label";

  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  @Test
  void largerTextMakesEveryPartOfTheWindowLargerAndCutsNoLabel(FxRobot robot) throws Exception {
    Map<String, Double> before = sizes(robot);
    double panelBefore = width(robot, ".side-panel");
    double partnersBefore = robot.lookup(".partner-list").queryAs(Region.class).getPrefHeight();

    // Ctrl+= five times: from 15px to 20px, a third larger.
    for (int i = 0; i < 5; i++) {
      robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    }
    FxWait.until(() -> window.viewModel.fontSizeProperty().get() == 20);
    FxWait.until(() -> width(robot, ".side-panel") > panelBefore * 1.2);

    Map<String, Double> after = sizes(robot);
    assertThat(after.keySet()).containsAll(before.keySet());
    for (String control : before.keySet()) {
      assertThat(after.get(control)).as(control).isGreaterThan(before.get(control) * 1.25);
    }
    assertThat(robot.lookup(".partner-list").queryAs(Region.class).getPrefHeight())
        .isGreaterThan(partnersBefore * 1.25);
    assertThat(cut(robot)).isEmpty();
  }

  /** The font size of each visible key control, by its text. */
  private static Map<String, Double> sizes(FxRobot robot) {
    return FxWait.onFx(
        () ->
            labeled(robot).stream()
                .filter(l -> !l.getText().isBlank())
                .collect(
                    Collectors.toMap(Labeled::getText, l -> l.getFont().getSize(), Math::max)));
  }

  /** The key controls whose words are cut short with an ellipsis. */
  private static List<String> cut(FxRobot robot) {
    return FxWait.onFx(
        () -> {
          List<String> cut = new ArrayList<>();
          for (Labeled l : labeled(robot)) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText())) {
              cut.add(l.getText() + " shown as " + t.getText());
            }
          }
          return cut;
        });
  }

  private static List<Labeled> labeled(FxRobot robot) {
    return robot.lookup(KEY_CONTROLS).queryAllAs(Labeled.class).stream()
        .filter(Node::isVisible)
        .filter(l -> l.getScene() != null && l.getText() != null)
        .map(Function.identity())
        .toList();
  }

  private static double width(FxRobot robot, String query) {
    return FxWait.onFx(() -> robot.lookup(query).queryAs(Region.class).getWidth());
  }
}
