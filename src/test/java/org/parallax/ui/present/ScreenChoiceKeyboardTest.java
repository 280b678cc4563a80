package org.parallax.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.present.Deck;
import org.parallax.tagging.LinkFilter;
import org.parallax.ui.FxWait;
import org.parallax.ui.TestWindow;
import org.parallax.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With two screens, the presenter chooses the screen with the keyboard: S (or Tab) gives the choice
 * the keys and shows it focused, Down moves the slides to the other screen, the slide keys still
 * walk, and Enter gives Space back to the slides.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenChoiceKeyboardTest {
  private TestWindow window;
  private Stage owner;

  @Start
  void start(Stage stage) throws Exception {
    owner = stage;
    window = new TestWindow(stage);
  }

  @Test
  void thePresenterChoosesTheOtherScreenWithTheKeyboardAndSeesTheFocus(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    Comparison comparison = window.viewModel.alignment().comparisonProperty().get();
    PresentationViewModel viewModel =
        new PresentationViewModel(
            Deck.build(comparison, Side.A, LinkFilter.all()), Theme.Look.LIGHT);
    Rectangle2D primary = FxWait.onFx(() -> Screen.getPrimary().getBounds());
    Rectangle2D projector = new Rectangle2D(0, 0, 1024, 768);
    robot.interact(
        () ->
            new PresentationWindow(
                    owner,
                    viewModel,
                    owner.getScene().getStylesheets(),
                    link -> {},
                    List.of(primary, projector))
                .show(Screen.getPrimary()));
    FxWait.until(() -> robot.lookup("#present-screen").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    ComboBox<Rectangle2D> choice = robot.lookup("#present-screen").queryAs(ComboBox.class);
    Node root = robot.lookup("#presentation").query();
    FxWait.until(() -> FxWait.onFx(() -> root.getScene().getWindow().isFocused()));
    assertThat(FxWait.onFx(choice::isFocused)).isFalse();

    robot.type(KeyCode.S);
    FxWait.until(() -> FxWait.onFx(choice::isFocused));
    assertThat(FxWait.onFx(() -> looksFocused(choice, root))).isTrue();

    robot.type(KeyCode.DOWN);
    FxWait.until(() -> projector.equals(FxWait.onFx(choice::getValue)));
    assertThat(FxWait.onFx(() -> viewModel.screenHeightProperty().get())).isEqualTo(768);

    robot.type(KeyCode.RIGHT);
    FxWait.until(() -> FxWait.onFx(() -> viewModel.positionProperty().get()).startsWith("2 "));

    robot.type(KeyCode.ENTER);
    FxWait.until(() -> !FxWait.onFx(choice::isFocused));
    robot.type(KeyCode.SPACE);
    FxWait.until(() -> robot.lookup("#present-revealed").tryQuery().isPresent());

    robot.type(KeyCode.TAB);
    FxWait.until(() -> FxWait.onFx(choice::isFocused));
    robot.type(KeyCode.TAB);
    FxWait.until(() -> !FxWait.onFx(choice::isFocused));
    assertThat(FxWait.onFx(() -> Optional.ofNullable(choice.getValue()))).contains(projector);
    robot.type(KeyCode.ESCAPE);
    FxWait.until(() -> robot.lookup("#presentation").tryQuery().isEmpty());
  }

  /** Whether {@code node} is drawn differently with the focus than with it on {@code elsewhere}. */
  private static boolean looksFocused(Node node, Node elsewhere) {
    Image focused = picture(node);
    elsewhere.requestFocus();
    Image unfocused = picture(node);
    node.requestFocus();
    if (focused.getWidth() != unfocused.getWidth()
        || focused.getHeight() != unfocused.getHeight()) {
      return true;
    }
    for (int y = 0; y < (int) focused.getHeight(); y++) {
      for (int x = 0; x < (int) focused.getWidth(); x++) {
        if (focused.getPixelReader().getArgb(x, y) != unfocused.getPixelReader().getArgb(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Image picture(Node node) {
    node.getScene().getRoot().applyCss();
    node.getScene().getRoot().layout();
    return node.snapshot(null, null);
  }
}
