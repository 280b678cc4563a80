package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.ui.support.WindowSettings;
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

  /** The essays' titles, bylines and perspectives, and the toolbar's buttons that show words. */
  private static final String TITLES_AND_TOOLS =
      ".document-header .label, #tool-bar .button, #tool-bar .toggle-button";

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
    assertThat(cut(robot, KEY_CONTROLS)).isEmpty();
  }

  @Test
  void atTheLargestSizeIconsAndGutterGrowWithTheTextAndNoTitleIsCut(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    Map<String, Double> iconsBefore = iconHeights(robot);
    double gutterBefore = width(robot, "#ribbon-gutter");

    robot.interact(() -> window.viewModel.fontSizeProperty().set(WindowSettings.MAX_FONT));
    double grown = WindowSettings.MAX_FONT / (double) WindowSettings.DEFAULTS.fontSize();
    FxWait.until(() -> width(robot, "#ribbon-gutter") > gutterBefore * grown * 0.95);

    Map<String, Double> iconsAfter = iconHeights(robot);
    // At the largest size the toolbar's last buttons move into its overflow menu: the rest grow.
    assertThat(iconsAfter).containsKeys("tool-open", "tool-align", "ribbon-legend-button");
    for (String button : iconsAfter.keySet()) {
      assertThat(iconsAfter.get(button)).as(button).isGreaterThan(iconsBefore.get(button) * 1.8);
    }
    FxWait.until(() -> cut(robot, TITLES_AND_TOOLS).isEmpty());
    assertThat(FxWait.onFx(() -> robot.lookup(".header-title").queryAll().size())).isEqualTo(2);
  }

  /** The height of each toolbar or gutter button's icon, by the button's id. */
  private static Map<String, Double> iconHeights(FxRobot robot) {
    return FxWait.onFx(
        () ->
            all(robot, ".button, .toggle-button").stream()
                .filter(b -> b.getId() != null && b.getGraphic() instanceof FontIcon)
                .filter(b -> b.getId().startsWith("tool-") || b.getId().startsWith("ribbon-"))
                .collect(
                    Collectors.toMap(
                        Labeled::getId, b -> b.getGraphic().getLayoutBounds().getHeight())));
  }

  /** The font size of each visible key control, by its text. */
  private static Map<String, Double> sizes(FxRobot robot) {
    return FxWait.onFx(
        () ->
            labeled(robot, KEY_CONTROLS).stream()
                .filter(l -> !l.getText().isBlank())
                .collect(
                    Collectors.toMap(Labeled::getText, l -> l.getFont().getSize(), Math::max)));
  }

  /** The key controls whose words are cut short with an ellipsis. */
  private static List<String> cut(FxRobot robot, String controls) {
    return FxWait.onFx(
        () -> {
          List<String> cut = new ArrayList<>();
          for (Labeled l : labeled(robot, controls)) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText())) {
              cut.add(l.getText() + " shown as " + t.getText());
            }
          }
          return cut;
        });
  }

  private static List<Labeled> labeled(FxRobot robot, String controls) {
    return all(robot, controls).stream()
        .filter(FontScalingTest::shown)
        .filter(l -> l.getScene() != null && l.getText() != null)
        .map(Function.identity())
        .toList();
  }

  /** Whether {@code node} and every node around it is visible (a tab not chosen is not). */
  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The controls any of the comma-separated {@code selectors} finds: TestFX's lookup finds nothing
   * for a list of selectors.
   */
  private static List<Labeled> all(FxRobot robot, String selectors) {
    return Arrays.stream(selectors.split(","))
        .flatMap(s -> robot.lookup(s.trim()).queryAllAs(Labeled.class).stream())
        .distinct()
        .toList();
  }

  private static double width(FxRobot robot, String query) {
    return FxWait.onFx(() -> robot.lookup(query).queryAs(Region.class).getWidth());
  }
}
