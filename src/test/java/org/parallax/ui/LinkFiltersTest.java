package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Links tab's filter boxes say which relations and statuses they keep. */
@ExtendWith(ApplicationExtension.class)
class LinkFiltersTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
  }

  @BeforeEach
  void aligned(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
  }

  /** Opens the filter box and ticks the choice with the node id {@code box}. */
  private static void tick(FxRobot robot, String menu, String choice) {
    robot.clickOn(menu);
    robot.clickOn(menu + "-" + choice);
    robot.type(KeyCode.ESCAPE);
  }

  /** The text the box shows on screen. */
  private static String shown(FxRobot robot, String box) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(box).queryAs(Labeled.class).getText();
  }

  /** Each choice the box offers (by node id), and whether it is ticked. */
  private static Map<String, Boolean> ticks(FxRobot robot, String box) {
    Map<String, Boolean> ticks = new LinkedHashMap<>();
    for (MenuItem item : robot.lookup(box).queryAs(MenuButton.class).getItems()) {
      CheckBox choice = (CheckBox) ((CustomMenuItem) item).getContent();
      ticks.put(choice.getId(), choice.isSelected());
    }
    return ticks;
  }

  private Comparison comparison() {
    return window.viewModel.tagging().session().comparison().orElseThrow();
  }

  @Test
  void theRelationBoxNamesTheOneRelationTicked(FxRobot robot) {
    tick(robot, "#links-relations", "reframe");

    assertThat(shown(robot, "#links-relations")).isEqualTo("Relations: Reframe");
    assertThat(robot.lookup("#links-list").queryListView().getItems())
        .allMatch(l -> ((Link) l).relation().equals("reframe"));
  }

  @Test
  void theRelationBoxCountsSeveralRelationsTicked(FxRobot robot) {
    // The codebook's four relations and "Not set".
    int offered = comparison().codebook().kinds(TagTarget.LINK).size() + 1;

    tick(robot, "#links-relations", "agree");
    tick(robot, "#links-relations", "contradict");

    assertThat(shown(robot, "#links-relations")).isEqualTo("Relations: 2 of " + offered);
  }

  @Test
  void addingARelationToTheCodebookKeepsTheFilterAndWhatTheBoxSays(FxRobot robot) {
    tick(robot, "#links-relations", "reframe");

    robot.interact(
        () ->
            window
                .viewModel
                .tagging()
                .edit(
                    e ->
                        c ->
                            e.addKind(
                                c,
                                new TagKind(
                                    "echo", TagTarget.LINK, "Echo", "#336699", "says it again"))));

    assertThat(ticks(robot, "#links-relations"))
        .containsEntry("links-relations-reframe", true)
        .containsEntry("links-relations-echo", false);
    assertThat(shown(robot, "#links-relations")).isEqualTo("Relations: Reframe");
  }

  @Test
  void notSetIsAChoiceThatKeepsOnlyLinksWithoutARelation(FxRobot robot) {
    Link first = comparison().links().get(0);
    robot.interact(
        () -> {
          window.viewModel.tagging().focus(first);
          window.viewModel.tagging().setRelation("agree");
        });

    tick(robot, "#links-relations", "unset");

    assertThat(shown(robot, "#links-relations")).isEqualTo("Relations: Not set");
    assertThat(comparison().links()).anyMatch(l -> l.relation().isEmpty());
    var listed = robot.lookup("#links-list").queryListView().getItems();
    assertThat(listed).isNotEmpty().allMatch(l -> ((Link) l).relation().isEmpty());
    assertThat(listed).noneMatch(l -> ((Link) l).id().equals(first.id()));
  }

  @Test
  void theStatusBoxNamesTheStatusesShown(FxRobot robot) {
    assertThat(shown(robot, "#links-statuses")).isEqualTo("Status: suggested, confirmed");
  }
}
