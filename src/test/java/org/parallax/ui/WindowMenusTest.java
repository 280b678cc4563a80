package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Link;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowMenusTest {
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @BeforeEach
  void openTheCounterpart(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  @Test
  void theLinkMenuHoldsEveryLinkCommandWithTheSingleKeyThatGivesIt(FxRobot robot) {
    assertThat(shortcutsOf(menu(robot, "menu-link")))
        .containsExactlyInAnyOrder(
            key("Enter"),
            key("Backspace"),
            key("Delete"),
            key("A"),
            key("C"),
            key("R"),
            key("P"),
            key("L"),
            key("N"),
            key("Shift+N"));
  }

  @Test
  void theTermsMenuHoldsTheTermCommandsAndShowsTheKeyForTagging(FxRobot robot) {
    Menu terms = menu(robot, "menu-terms");
    assertThat(shortcutsOf(terms)).containsExactly(key("T"));
    assertThat(terms.getItems().stream().map(MenuItem::getId))
        .contains(
            "menu-tag-term",
            "menu-tag-occurrences",
            "menu-suggest-terms",
            "menu-term-accept",
            "menu-term-reject",
            "menu-term-remove");
  }

  @Test
  void choosingAgreeInTheLinkMenuSetsTheCurrentLinksRelation(FxRobot robot) throws Exception {
    Link first = viewModel.alignment().comparisonProperty().get().links().get(0);
    robot.interact(() -> viewModel.tagging().focus(first));
    MenuItem agree = item(menu(robot, "menu-link"), "menu-relation-agree");
    FxWait.until(() -> !agree.isDisable());

    robot.interact(agree::fire);

    assertThat(viewModel.tagging().currentLinkProperty().get().relation()).isEqualTo("agree");
  }

  @Test
  void typingTheKeyOfARelationInTheNoteTypesTheLetterAndLeavesTheRelationAlone(FxRobot robot)
      throws Exception {
    Link first = viewModel.alignment().comparisonProperty().get().links().get(0);
    String relationBefore = first.relation();
    robot.interact(() -> viewModel.tagging().focus(first));
    TextArea note = robot.lookup("#link-note").queryAs(TextArea.class);
    FxWait.until(() -> !note.isDisabled());
    robot.clickOn(note);
    FxWait.until(note::isFocused);

    robot.type(KeyCode.A);
    FxWait.until(() -> FxWait.onFx(note::getText).equals("a"));

    assertThat(viewModel.tagging().currentLinkProperty().get().relation())
        .isEqualTo(relationBefore)
        .isNotEqualTo("agree");
    assertThat(viewModel.alignment().session().canUndoProperty().get()).isFalse();
  }

  @Test
  void aRelationKeyPressedInTheTermsListLeavesTheCurrentLinkAlone(FxRobot robot) throws Exception {
    Link first = viewModel.alignment().comparisonProperty().get().links().get(0);
    String relationBefore = first.relation();
    robot.interact(() -> viewModel.tagging().focus(first));
    robot.interact(
        () -> {
          TabPane panel = robot.lookup("#side-panel").queryAs(TabPane.class);
          panel.getTabs().stream()
              .filter(tab -> "tab-terms".equals(tab.getId()))
              .forEach(panel.getSelectionModel()::select);
        });
    ListView<?> terms = robot.lookup("#terms-list").queryAs(ListView.class);
    robot.interact(terms::requestFocus);
    FxWait.until(terms::isFocused);

    robot.type(KeyCode.A);

    assertThat(viewModel.tagging().currentLinkProperty().get().relation())
        .isEqualTo(relationBefore);
    assertThat(viewModel.alignment().session().canUndoProperty().get()).isFalse();
  }

  @Test
  void theDarkThemeMakesEveryWindowDarkAndTheLightThemeLightAgain(FxRobot robot) throws Exception {
    assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.stylesheet(false));

    robot.clickOn("#tool-dark");
    FxWait.until(() -> Theme.stylesheet(true).equals(Application.getUserAgentStylesheet()));
    assertThat(viewModel.darkProperty().get()).isTrue();

    robot.clickOn("#tool-dark");
    FxWait.until(() -> Theme.stylesheet(false).equals(Application.getUserAgentStylesheet()));
  }

  private static Menu menu(FxRobot robot, String id) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
  }

  private static MenuItem item(Menu menu, String id) {
    return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
  }

  private static List<String> shortcutsOf(Menu menu) {
    return menu.getItems().stream()
        .flatMap(i -> i.getAccelerator() == null ? Stream.empty() : Stream.of(i.getAccelerator()))
        .map(KeyCombination::getDisplayText)
        .toList();
  }

  private static String key(String combination) {
    return KeyCombination.keyCombination(combination).getDisplayText();
  }
}
