package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every part of the window a keyboard can reach has a name and help a screen reader announces, so
 * that a control added later cannot forget them; the essays and the ribbons say which claim the
 * reader is on and what it is linked to.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  @Test
  void everyControlTheKeyboardCanReachHasANameAndHelp(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    chooseALinkedClaim(robot);
    Node root = robot.lookup("#workbench").query();
    List<String> unnamed =
        FxWait.onFx(
            () ->
                FocusShown.all(root.getScene().getRoot()).stream()
                    .filter(Node::isFocusTraversable)
                    .filter(n -> !FocusShown.partOfASkin(n))
                    .filter(n -> FocusShown.name(n).isBlank() || FocusShown.help(n).isBlank())
                    .map(
                        n ->
                            FocusShown.describe(n)
                                + " name='"
                                + FocusShown.name(n)
                                + "' help='"
                                + FocusShown.help(n)
                                + "'")
                    .toList());
    assertThat(unnamed).isEmpty();
  }

  @Test
  void theEssayAndTheRibbonsSayWhichClaimIsChosenAndWhatItIsLinkedTo(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    Claim claim = chooseALinkedClaim(robot);
    Comparison comparison = window.viewModel.alignment().comparisonProperty().get();
    Link link =
        comparison.links().stream().filter(l -> l.involves(claim.id())).findFirst().orElseThrow();
    String partner = link.bClaims().get(0);
    Node left = robot.lookup("#left-area").query();
    Node ribbons = robot.lookup("#ribbon-gutter").query();
    FxWait.until(() -> FxWait.onFx(() -> left.getAccessibleText()).contains(claim.id()));
    assertThat(FxWait.onFx(left::getAccessibleText))
        .startsWith(Messages.get("a11y.essay.left"))
        .contains(partner);
    assertThat(FxWait.onFx(ribbons::getAccessibleText)).contains(claim.id()).contains(partner);
  }

  @Test
  void everyDialogsControlsHaveNamesAndItsOwnControlsHelp(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    List<String> unnamed = new ArrayList<>();
    unnamed.addAll(inDialog(robot, () -> robot.push(KeyCode.F1)));
    unnamed.addAll(inDialog(robot, () -> robot.push(KeyCode.CONTROL, KeyCode.E)));
    unnamed.addAll(inDialog(robot, () -> robot.clickOn("#left-details")));
    unnamed.addAll(inDialog(robot, () -> robot.clickOn("#left-removed")));
    unnamed.addAll(
        inDialog(
            robot,
            () -> robot.clickOn(Messages.get("menu.view")).clickOn("#menu-alignment-settings")));
    unnamed.addAll(
        inDialog(
            robot,
            () -> robot.clickOn(Messages.get("menu.file")).clickOn("#menu-comparison-details")));
    assertThat(unnamed).isEmpty();
  }

  @Test
  void everyControlOfTheSummaryCompareAnnotatorsAndPresentationHasANameAndHelp(FxRobot robot)
      throws Exception {
    window.openCounterpart(robot);
    List<String> unnamed = new ArrayList<>();
    robot.clickOn("#left-area");
    unnamed.addAll(inWindow(robot, "#summary", () -> robot.type(KeyCode.F6)));
    unnamed.addAll(
        inWindow(
            robot,
            "#agree-window",
            () -> robot.clickOn(Messages.get("menu.file")).clickOn("#menu-compare-annotators")));
    robot.clickOn("#left-area");
    unnamed.addAll(inWindow(robot, "#presentation", () -> robot.type(KeyCode.F5)));
    assertThat(unnamed).isEmpty();
  }

  /**
   * Opens a window of the app's own with {@code open} (its root or a node in it has {@code id}) and
   * lists its controls the keyboard can reach or a click can press without a name or without help,
   * then closes it.
   */
  private List<String> inWindow(FxRobot robot, String id, Runnable open) throws Exception {
    open.run();
    FxWait.until(() -> robot.lookup(id).tryQuery().isPresent());
    Stage shown = FxWait.onFx(() -> (Stage) robot.lookup(id).query().getScene().getWindow());
    List<String> unnamed =
        FxWait.onFx(
            () ->
                FocusShown.all(shown.getScene().getRoot()).stream()
                    .filter(
                        n ->
                            n.isFocusTraversable()
                                || n instanceof javafx.scene.control.ButtonBase
                                || n instanceof javafx.scene.control.ComboBoxBase)
                    .filter(n -> !FocusShown.partOfASkin(n))
                    .filter(n -> FocusShown.name(n).isBlank() || FocusShown.help(n).isBlank())
                    .map(n -> lacking(shown.getTitle(), n))
                    .toList());
    robot.interact(shown::close);
    FxWait.until(() -> !FxWait.onFx(shown::isShowing));
    return unnamed;
  }

  /**
   * Opens a dialog with {@code open} and lists its focusable controls without a name, or without
   * help (the dialog's own OK, Cancel and Close say what they do by their words), then closes it.
   */
  private List<String> inDialog(FxRobot robot, Runnable open) throws Exception {
    Window main = FxWait.onFx(() -> robot.lookup("#workbench").query().getScene().getWindow());
    open.run();
    FxWait.until(() -> dialog(main) != null);
    Window shown = dialog(main);
    List<String> unnamed =
        FxWait.onFx(
            () ->
                FocusShown.all(shown.getScene().getRoot()).stream()
                    .filter(Node::isFocusTraversable)
                    .filter(n -> !FocusShown.partOfASkin(n))
                    .filter(
                        n ->
                            FocusShown.name(n).isBlank()
                                || FocusShown.help(n).isBlank()
                                    && !(n.getParent() != null
                                        && n.getParent().getParent() instanceof ButtonBar))
                    .map(n -> lacking(((Stage) shown).getTitle(), n))
                    .toList());
    robot.interact(((Stage) shown)::close);
    FxWait.until(() -> dialog(main) == null);
    return unnamed;
  }

  /** How a control short of a name or help is listed: its window, what it is, what it has. */
  private static String lacking(String window, Node n) {
    return window
        + ": "
        + FocusShown.describe(n)
        + " name='"
        + FocusShown.name(n)
        + "' help='"
        + FocusShown.help(n)
        + "'";
  }

  private static Window dialog(Window main) {
    return FxWait.onFx(
        () ->
            Window.getWindows().stream()
                .filter(w -> w != main && w.isShowing() && w instanceof Stage)
                .filter(w -> w.getScene().getRoot() instanceof DialogPane)
                .findFirst()
                .orElse(null));
  }

  /** Chooses, as a click would, the left claim of the first link, and returns it. */
  private Claim chooseALinkedClaim(FxRobot robot) throws Exception {
    Comparison comparison = window.viewModel.alignment().comparisonProperty().get();
    Claim claim = comparison.claim(comparison.links().get(0).aClaims().get(0)).orElseThrow();
    robot.interact(() -> window.viewModel.tagging().clickAt(Side.A, claim.start(), false));
    FxWait.until(() -> FxWait.onFx(() -> robot.lookup("#partner-list").query().isVisible()));
    return claim;
  }
}
