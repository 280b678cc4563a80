package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.ui.align.Partner;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Alt+drag links a claim to a claim of the other essay; Alt is the mouse's, not the menu's. */
@ExtendWith(ApplicationExtension.class)
class AltDragTest {
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void releasingAltAfterAnAltDragLeavesTheMenuBarClosedToTheNextKey(FxRobot robot) {
    robot.press(KeyCode.ALT);
    robot.drag(centre(robot, "#left-area")).dropTo(centre(robot, "#right-area"));
    robot.release(KeyCode.ALT);
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(menus(robot)).noneMatch(Menu::isShowing);
  }

  @Test
  void aLoneAltStillHandsTheNextKeyToTheMenuBar(FxRobot robot) throws Exception {
    robot.type(KeyCode.ALT);
    robot.type(KeyCode.DOWN);
    FxWait.until(() -> menus(robot).stream().anyMatch(Menu::isShowing));
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void theDraggedClaimBecomesTheChosenOneAndThePartnerLineShowsItsNewPartner(FxRobot robot)
      throws Exception {
    Comparison comparison = viewModel.alignment().comparisonProperty().get();
    Claim previous = comparison.claim(comparison.links().get(0).aClaims().get(0)).orElseThrow();
    Claim dragged = unlinked(comparison, Side.A);
    Claim target = unlinked(comparison, Side.B);
    robot.interact(() -> viewModel.alignment().select(previous));

    robot.interact(() -> viewModel.tagging().linkDragged(dragged.id(), Side.B, target.start()));

    assertThat(viewModel.alignment().selectedProperty().get()).isEqualTo(dragged);
    ListView<?> partners = robot.lookup("#partner-list").queryAs(ListView.class);
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    partners.getItems().stream()
                        .map(p -> ((Partner) p).claim().id())
                        .toList()
                        .equals(java.util.List.of(target.id()))));
  }

  private static Claim unlinked(Comparison comparison, Side side) {
    return comparison.claims(side).stream()
        .filter(
            c ->
                comparison.links().stream()
                    .noneMatch(l -> l.aClaims().contains(c.id()) || l.bClaims().contains(c.id())))
        .findFirst()
        .orElseThrow();
  }

  private static java.util.List<Menu> menus(FxRobot robot) {
    return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus();
  }

  private static Point2D centre(FxRobot robot, String area) {
    DocumentArea node = robot.lookup(area).queryAs(DocumentArea.class);
    Bounds box = FxWait.onFx(() -> node.localToScreen(node.getBoundsInLocal()));
    return new Point2D(box.getCenterX(), box.getCenterY());
  }
}
