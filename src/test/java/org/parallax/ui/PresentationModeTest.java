package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.tagging.Navigation;
import org.parallax.ui.reading.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher presents the contradictions of the seed and its counterpart: F5, walk, reveal, jump,
 * and Esc back to the link in the main window.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
  private TestWindow window;
  private Link firstContradiction;
  private Link lastContradiction;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  /**
   * Tags four links in the left reading order: the first agree, the second reframe, the third and
   * the last contradict; then ticks "Contradict" in the links filter and puts the reader on the
   * first link.
   */
  @BeforeEach
  void tagAndFilter(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    List<Link> inOrder = Navigation.inReadingOrder(comparison(), Side.A);
    assertThat(inOrder).hasSizeGreaterThan(4);
    String[] relations = {"agree", "reframe", "contradict"};
    for (int i = 0; i < 3; i++) {
      tag(robot, inOrder.get(i), relations[i]);
    }
    tag(robot, inOrder.get(inOrder.size() - 1), "contradict");
    firstContradiction = inOrder.get(2);
    lastContradiction = inOrder.get(inOrder.size() - 1);
    robot.clickOn("#links-relations");
    robot.clickOn("#links-relations-contradict");
    robot.type(KeyCode.ESCAPE);
    robot.interact(() -> window.viewModel.tagging().focus(inOrder.get(0)));
  }

  @Test
  void aTeacherWalksTheContradictionsRevealsTheirRelationsJumpsAndLeavesOnALink(FxRobot robot)
      throws Exception {
    robot.type(KeyCode.F5);
    FxWait.until(() -> robot.lookup("#presentation").tryQuery().isPresent());
    Window presentation = robot.lookup("#presentation").query().getScene().getWindow();
    FxWait.until(presentation::isFocused);

    // Slide 1: the first contradiction, its relation hidden until Space.
    assertThat(shown(robot, "#present-claim-left")).contains(claimText(firstContradiction, Side.A));
    assertThat(shown(robot, "#present-claim-right"))
        .contains(claimText(firstContradiction, Side.B));
    assertThat(robot.lookup("#present-hidden").tryQuery()).isPresent();
    assertThat(robot.lookup("#present-relation").tryQuery()).isEmpty();
    String total = position(robot).substring(position(robot).indexOf('/'));
    assertThat(position(robot)).isEqualTo("1 " + total);

    robot.type(KeyCode.SPACE);
    FxWait.until(() -> robot.lookup("#present-relation").tryQuery().isPresent());
    assertThat(shown(robot, "#present-relation")).isEqualTo("Contradict");
    assertThat(robot.lookup("#present-hidden").tryQuery()).isEmpty();

    // Right: the other contradiction, hidden again; the agreeing and reframed links are not shown.
    robot.type(KeyCode.RIGHT);
    FxWait.until(() -> position(robot).equals("2 " + total));
    assertThat(shown(robot, "#present-claim-left")).contains(claimText(lastContradiction, Side.A));
    assertThat(robot.lookup("#present-relation").tryQuery()).isEmpty();
    robot.type(KeyCode.RIGHT);
    FxWait.until(() -> position(robot).equals("3 " + total));
    assertThat(robot.lookup("#present-claim-left").tryQuery()).isEmpty();

    // Left twice: back on the first, still revealed.
    robot.type(KeyCode.LEFT, 2);
    FxWait.until(() -> position(robot).equals("1 " + total));
    assertThat(shown(robot, "#present-relation")).isEqualTo("Contradict");

    // Ctrl+= makes the type larger (the footer's at once; a slide's as far as it fits the screen).
    double before = fontSize(robot);
    robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    FxWait.until(() -> fontSize(robot) > before);

    // A number and Enter jump.
    robot.type(KeyCode.DIGIT2);
    FxWait.until(() -> position(robot).equals("Go to 2\u2026"));
    robot.type(KeyCode.ENTER);
    FxWait.until(() -> position(robot).equals("2 " + total));
    assertThat(shown(robot, "#present-claim-left")).contains(claimText(lastContradiction, Side.A));

    // Esc: the presentation closes and the reader is on that link, shown in both essays.
    robot.type(KeyCode.ESCAPE);
    FxWait.until(() -> !presentation.isShowing());
    FxWait.until(
        () ->
            Optional.ofNullable(window.viewModel.tagging().currentLinkProperty().get())
                .map(l -> l.id().equals(lastContradiction.id()))
                .orElse(false));
    Object selected =
        FxWait.onFx(
            () ->
                robot.lookup("#links-list").queryListView().getSelectionModel().getSelectedItem());
    assertThat(((Link) selected).id()).isEqualTo(lastContradiction.id());
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    Claim claim = comparison().claim(lastContradiction.aClaims().get(0)).orElseThrow();
    FxWait.until(() -> FxWait.onFx(() -> inView(left, claim)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(FxWait.onFx(() -> inView(left, claim))).isTrue();
  }

  @Test
  void thePresentButtonOpensPresentationModeInTheHighContrastLookOnRequest(FxRobot robot)
      throws Exception {
    robot.clickOn("#tool-present");
    FxWait.until(() -> robot.lookup("#presentation").tryQuery().isPresent());
    Node root = robot.lookup("#presentation").query();

    robot.clickOn("#present-look-high-contrast");

    FxWait.until(() -> root.getStyleClass().contains(Theme.HIGH_CONTRAST));
    assertThat(root.getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
    assertThat(Theme.stylesheet(false))
        .as("the main window keeps its own look")
        .isEqualTo(javafx.application.Application.getUserAgentStylesheet());
    robot.type(KeyCode.ESCAPE);
    FxWait.until(() -> robot.lookup("#presentation").tryQuery().isEmpty());
  }

  private Comparison comparison() {
    return window.viewModel.alignment().session().comparison().orElseThrow();
  }

  private void tag(FxRobot robot, Link link, String relation) {
    robot.interact(
        () -> {
          window.viewModel.tagging().focus(link);
          window.viewModel.tagging().setRelation(relation);
        });
  }

  private String claimText(Link link, Side side) {
    Claim claim = comparison().claim(link.claims(side).get(0)).orElseThrow();
    return claim.textIn(comparison().document(side)).strip().replaceAll("\\s+", " ");
  }

  private static String shown(FxRobot robot, String id) {
    WaitForAsyncUtils.waitForFxEvents();
    return FxWait.onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
  }

  private static String position(FxRobot robot) {
    return FxWait.onFx(() -> robot.lookup("#present-position").queryAs(Labeled.class).getText());
  }

  private static double fontSize(FxRobot robot) {
    return FxWait.onFx(
        () -> robot.lookup("#present-position").queryAs(Labeled.class).getFont().getSize());
  }

  private static boolean inView(DocumentArea area, Claim claim) {
    Bounds view = area.localToScreen(area.getBoundsInLocal());
    return area.boundsOnScreen(claim.start(), claim.start() + 1)
        .map(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY())
        .orElse(false);
  }
}
