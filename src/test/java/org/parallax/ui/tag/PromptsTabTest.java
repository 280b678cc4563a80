package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Prompt;
import org.parallax.model.Side;
import org.parallax.ui.FxWait;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A teacher prepares a discussion in the Prompts tab: makes prompts from a tagged contradiction,
 * rewords one, writes one of her own, moves and deletes, and undoes.
 */
@ExtendWith(ApplicationExtension.class)
class PromptsTabTest {
  private TestWindow window;
  private MainViewModel viewModel;
  private Path west;
  private Stage stage;

  @Start
  void start(Stage stage) throws IOException {
    this.stage = stage;
    window = new TestWindow(stage);
    viewModel = window.viewModel;
    west = window.fixture("bridge-west.txt");
    window.nextChosenFile.set(window.fixture("counterpart.txt"));
  }

  @Test
  void aTeacherMakesRewordsAddsMovesAndDeletesPrompts(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.openFile(Side.A, west));
    FxWait.until(() -> !viewModel.side(Side.A).isEmpty());
    robot.clickOn("#tool-open");
    FxWait.until(() -> comparison() != null);
    Link first = comparison().links().get(0);
    robot.interact(
        () -> {
          viewModel.tagging().edit(e -> c -> e.accept(c, first.id()));
          viewModel.tagging().edit(e -> c -> e.setRelation(c, first.id(), "contradict"));
        });

    // An earlier test may have left the shared stage narrow, with the tab's header folded into
    // the tab pane's overflow menu: choose the tab as that menu would.
    robot.interact(
        () -> {
          stage.setWidth(1280);
          stage.setHeight(820);
          TabPane panel = robot.lookup("#side-panel").queryAs(TabPane.class);
          panel.getTabs().stream()
              .filter(t -> "tab-prompts".equals(t.getId()))
              .findFirst()
              .ifPresent(panel.getSelectionModel()::select);
        });
    FxWait.until(() -> FxWait.onFx(() -> robot.lookup("#prompts-panel").query().isVisible()));
    robot.clickOn("#prompts-make");
    FxWait.until(() -> !comparison().prompts().isEmpty());
    Prompt made = comparison().prompts().get(0);
    assertThat(made.template()).isEqualTo("relation.contradict");
    assertThat(made.about()).containsExactly(first.id());
    String quoted = first.aClaims().get(0);
    assertThat(made.text())
        .contains(
            comparison()
                .claim(quoted)
                .orElseThrow()
                .textIn(comparison().a())
                .strip()
                .substring(0, 20));
    ListView<?> list = robot.lookup("#prompts-list").queryAs(ListView.class);
    FxWait.until(() -> FxWait.onFx(() -> list.getItems().size() == comparison().prompts().size()));

    // Choosing the prompt shows its link; new words are kept with Ctrl+Enter.
    robot.interact(() -> list.getSelectionModel().select(0));
    FxWait.until(() -> currentLinkIs(first.id()));
    robot.clickOn("#prompts-words");
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("Which source would you trust here, and why?");
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    FxWait.until(() -> prompt(made.id()).edited());
    assertThat(prompt(made.id()).text()).isEqualTo("Which source would you trust here, and why?");

    // A prompt of her own goes after the chosen one and is about the same link.
    robot.clickOn("#prompts-words");
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("Who was on the bridge that day?");
    int before = comparison().prompts().size();
    robot.clickOn("#prompts-add");
    FxWait.until(() -> comparison().prompts().size() == before + 1);
    Prompt own = comparison().prompts().get(1);
    assertThat(own.handWritten()).isTrue();
    assertThat(own.text()).isEqualTo("Who was on the bridge that day?");
    assertThat(own.about()).containsExactly(first.id());

    // Moving it up puts it first; making prompts again keeps both where they are.
    robot.clickOn("#prompts-up");
    FxWait.until(() -> comparison().prompts().get(0).id().equals(own.id()));
    robot.clickOn("#prompts-make");
    FxWait.until(() -> FxWait.onFx(() -> !lookupText(robot).isEmpty()));
    assertThat(ids().subList(0, 2)).containsExactly(own.id(), made.id());
    assertThat(prompt(made.id()).text()).isEqualTo("Which source would you trust here, and why?");

    // Deleting takes it out; undo brings it back in its place.
    List<String> withOwn = ids();
    robot.interact(() -> list.getSelectionModel().select(0));
    robot.clickOn("#prompts-delete");
    FxWait.until(() -> !ids().contains(own.id()));
    robot.clickOn("#left-area");
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    FxWait.until(() -> ids().equals(withOwn));
  }

  private static String lookupText(FxRobot robot) {
    return robot.lookup("#prompts-status").queryLabeled().getText();
  }

  private boolean currentLinkIs(String id) {
    Link link = viewModel.tagging().currentLinkProperty().get();
    return link != null && link.id().equals(id);
  }

  private List<String> ids() {
    return comparison().prompts().stream().map(Prompt::id).toList();
  }

  private Prompt prompt(String id) {
    return comparison().prompts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private Comparison comparison() {
    return viewModel.alignment().comparisonProperty().get();
  }
}
