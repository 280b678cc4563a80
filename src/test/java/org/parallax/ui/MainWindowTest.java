package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.reading.DocumentArea;
import org.parallax.ui.reading.DocumentView;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.support.WindowSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  @TempDir Path folder;
  private TestWindow window;
  private AtomicReference<Path> nextChosenFile;
  private AtomicReference<Path> nextSaveTarget;
  private AtomicReference<String> clipboard;
  private MainViewModel viewModel;
  private SettingsStore settings;
  private FileViewModel files;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    nextChosenFile = window.nextChosenFile;
    nextSaveTarget = window.nextSaveTarget;
    clipboard = window.clipboard;
    viewModel = window.viewModel;
    settings = window.settings;
    files = window.files;
  }

  @Test
  void atTheSmallestWindowSizeTheSidePanelStaysInsideTheWindow(FxRobot robot) throws Exception {
    javafx.scene.Node panel = robot.lookup("#side-panel").query();
    javafx.scene.Node reject = robot.lookup("#link-reject").query();
    robot.interact(
        () -> {
          Stage stage = (Stage) panel.getScene().getWindow();
          stage.setWidth(stage.getMinWidth());
          stage.setHeight(stage.getMinHeight());
        });
    // The window takes its new size, then lays itself out, over the next pulses.
    FxWait.until(() -> FxWait.onFx(() -> panel.getScene().getWindow().getWidth()) < 900);
    FxWait.until(
        () ->
            FxWait.onFx(
                () ->
                    panel.localToScene(panel.getBoundsInLocal()).getMaxX()
                        <= panel.getScene().getWidth()));

    double sceneWidth = FxWait.onFx(() -> panel.getScene().getWidth());
    assertThat(FxWait.onFx(() -> panel.localToScene(panel.getBoundsInLocal()).getMaxX()))
        .isLessThanOrEqualTo(sceneWidth);
    assertThat(FxWait.onFx(() -> reject.localToScene(reject.getBoundsInLocal()).getMaxX()))
        .isLessThanOrEqualTo(sceneWidth);
  }

  @Test
  void startsWithTheSeedOnTheLeftAndANamedEmptyStateOnTheRight(FxRobot robot) {
    DocumentView left = robot.lookup("#left-view").queryAs(DocumentView.class);
    DocumentView right = robot.lookup("#right-view").queryAs(DocumentView.class);
    assertThat(left.headerTitle()).isEqualTo("Military operation in Karabakh: the final battle?");
    assertThat(left.area().getText())
        .contains("On September 19th 2023, the Azerbaijani leadership");
    assertThat(robot.lookup("#right-empty").query().isVisible()).isTrue();
    assertThat(right.emptyStateText()).contains("A modern-day ethnic cleansing");
    assertThat(robot.lookup("#right-empty-open").tryQuery()).isPresent();
    assertThat(robot.lookup("#status-right").queryAs(Label.class).getText()).contains("no essay");
  }

  @Test
  void openingACounterpartFileShowsItOnTheRight(FxRobot robot) throws Exception {
    nextChosenFile.set(fixture("counterpart.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> !viewModel.side(Side.B).isEmpty());
    DocumentView right = robot.lookup("#right-view").queryAs(DocumentView.class);
    assertThat(right.area().getText()).contains("When the council in Varnel closed the old stone");
    assertThat(robot.lookup("#right-empty").query().isVisible()).isFalse();
    Label status = robot.lookup("#status-right").queryAs(Label.class);
    FxWait.until(() -> status.getText().matches("Right: \\d+ words \u00b7 \\d+ sentences"));
  }

  @Test
  void pastedTextBecomesTheCounterpart(FxRobot robot) throws Exception {
    clipboard.set("<p>Copied from a page.</p><p>Second paragraph here.</p>");
    robot.clickOn("#right-empty-paste");
    FxWait.until(() -> !viewModel.side(Side.B).isEmpty());
    assertThat(viewModel.side(Side.B).document().text())
        .contains("Copied from a page.")
        .contains("Second paragraph here.")
        .doesNotContain("<p>");
  }

  @Test
  void scrollingOneSideScrollsTheOtherUntilLinkingIsSwitchedOff(FxRobot robot) throws Exception {
    nextChosenFile.set(longEssay());
    robot.clickOn("#tool-open");
    FxWait.until(() -> !viewModel.side(Side.B).isEmpty());
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    DocumentArea right = robot.lookup("#right-area").queryAs(DocumentArea.class);
    FxWait.until(() -> FxWait.onFx(() -> scrollable(left) && scrollable(right)));
    robot.interact(() -> left.estimatedScrollYProperty().setValue(400.0));
    try {
      FxWait.until(() -> right.estimatedScrollYProperty().getValue() > 50);
    } catch (TimeoutException e) {
      throw new AssertionError(
          FxWait.onFx(
              () ->
                  "left "
                      + left.estimatedScrollYProperty().getValue()
                      + "/"
                      + left.totalHeightEstimateProperty().getOrElse(-1.0)
                      + "/"
                      + left.getViewportHeight()
                      + " right "
                      + right.estimatedScrollYProperty().getValue()
                      + "/"
                      + right.totalHeightEstimateProperty().getOrElse(-1.0)
                      + "/"
                      + right.getViewportHeight()
                      + " linked "
                      + viewModel.linkedScrollingProperty().get()));
    }

    robot.clickOn("#tool-linked");
    assertThat(viewModel.linkedScrollingProperty().get()).isFalse();
    double rightBefore = right.estimatedScrollYProperty().getValue();
    robot.interact(() -> left.estimatedScrollYProperty().setValue(0.0));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(right.estimatedScrollYProperty().getValue()).isEqualTo(rightBefore);
  }

  @Test
  void aBinaryFileShowsAMessageAndLeavesBothEssaysAsTheyWere(FxRobot robot) throws Exception {
    Document leftBefore = viewModel.side(Side.A).document();
    Path binary = folder.resolve("photo.pdf");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xd8, 0, 0, 0, 9});
    nextChosenFile.set(binary);
    robot.clickOn("#tool-open");
    NoticeBar notifications = robot.lookup("#notifications").queryAs(NoticeBar.class);
    FxWait.until(notifications::isShowing);
    assertThat(notifications.getText()).isNotBlank().doesNotContain("Exception");
    assertThat(viewModel.side(Side.A).document()).isSameAs(leftBefore);
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
  }

  @Test
  void aMessageTakesItsOwnRoomAboveTheEssaysAndClosesWithItsButton(FxRobot robot)
      throws TimeoutException {
    robot.interact(() -> viewModel.noticeProperty().set(Notice.error("That file is empty.")));
    NoticeBar notifications = robot.lookup("#notifications").queryAs(NoticeBar.class);
    FxWait.until(notifications::isShowing);
    // The essay's side, header and all: the header itself scrolls within it when short of room.
    Node header = robot.lookup("#left-view").query();
    double barBottom = notifications.localToScene(notifications.getBoundsInLocal()).getMaxY();
    double headerTop = header.localToScene(header.getBoundsInLocal()).getMinY();
    assertThat(headerTop).isGreaterThanOrEqualTo(barBottom);

    robot.clickOn("#notifications-close");
    FxWait.until(() -> !notifications.isShowing());
    assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEmpty();
    // The band gives its room back on the next layout pass.
    FxWait.until(
        () ->
            FxWait.onFx(() -> header.localToScene(header.getBoundsInLocal()).getMinY())
                < headerTop);
  }

  @Test
  void controlEqualsAndMinusChangeTheReadingFontSize(FxRobot robot) {
    int before = viewModel.fontSizeProperty().get();
    robot.clickOn("#left-area");
    robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(before + 1);
    DocumentArea left = robot.lookup("#left-area").queryAs(DocumentArea.class);
    assertThat(left.getStyle()).contains("-fx-font-size: " + (before + 1) + "px");
    robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(before);
  }

  @Test
  void swappingPutsTheSeedOnTheRight(FxRobot robot) throws Exception {
    nextChosenFile.set(fixture("counterpart.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> !viewModel.side(Side.B).isEmpty());
    robot.clickOn("#tool-swap");
    DocumentView right = robot.lookup("#right-view").queryAs(DocumentView.class);
    assertThat(right.headerTitle()).isEqualTo("Military operation in Karabakh: the final battle?");
  }

  @Test
  void closingTheWindowRemembersFontSizeAndDivider(FxRobot robot) {
    robot.interact(viewModel::fontBigger);
    robot.interact(() -> robot.window(0).hide());
    WindowSettings saved = settings.load();
    assertThat(saved.fontSize()).isEqualTo(WindowSettings.DEFAULTS.fontSize() + 1);
    assertThat(saved.divider()).isBetween(0.1, 0.9);
    assertThat(saved.width()).isGreaterThan(200);
  }

  @Test
  void savingAndReopeningAComparisonBringsBackBothEssaysAndTheirLinks(FxRobot robot)
      throws Exception {
    nextChosenFile.set(fixture("counterpart.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> viewModel.alignment().comparisonProperty().get() != null);
    Comparison aligned = viewModel.alignment().comparisonProperty().get();
    assertThat(robot.window(0)).matches(w -> ((Stage) w).getTitle().endsWith("\u2022"));

    Path target = folder.resolve("bridge.parallax.json");
    nextSaveTarget.set(target);
    robot.clickOn("#tool-save");
    FxWait.until(() -> Files.exists(target) && !files.unsavedProperty().get());
    assertThat(((Stage) robot.window(0)).getTitle())
        .isEqualTo("Parallax \u2014 bridge.parallax.json");

    robot.interact(() -> viewModel.swapSides());
    FxWait.until(() -> viewModel.alignment().comparisonProperty().get() != aligned);
    nextChosenFile.set(target);
    robot.clickOn("#tool-open");
    // The swap is an unsaved edit: opening the saved file asks first, once it has been read.
    // Present is not enough: on a busy machine the dialog's button exists before it is shown.
    FxWait.until(
        () ->
            robot.lookup(Messages.get("discard.go")).tryQuery().isPresent()
                && FxWait.onFx(
                    () ->
                        robot.lookup(Messages.get("discard.go")).tryQuery().get().getScene() != null
                            && robot
                                .lookup(Messages.get("discard.go"))
                                .tryQuery()
                                .get()
                                .getScene()
                                .getWindow()
                                .isShowing()));
    robot.clickOn(Messages.get("discard.go"));
    FxWait.until(() -> !files.unsavedProperty().get());
    Comparison reopened = viewModel.alignment().comparisonProperty().get();
    assertThat(reopened.a().text()).isEqualTo(aligned.a().text());
    assertThat(reopened.b().text()).isEqualTo(aligned.b().text());
    assertThat(reopened.links()).isEqualTo(aligned.links());
    assertThat(viewModel.side(Side.B).document().text()).isEqualTo(aligned.b().text());
    javafx.scene.control.CheckBox cleaning =
        robot.lookup("#left-cleaning").queryAs(javafx.scene.control.CheckBox.class);
    assertThat(cleaning.isDisabled()).isTrue();
    assertThat(cleaning.getTooltip().getText()).isEqualTo(Messages.get("side.cleaning.locked"));
  }

  @Test
  void aBrokenComparisonFileIsReportedAndTheOpenEssaysStay(FxRobot robot) throws Exception {
    Document leftBefore = viewModel.side(Side.A).document();
    Path broken = folder.resolve("broken.parallax.json");
    Files.writeString(
        broken,
        "{\"format\": \"parallax-comparison\", \"formatVersion\": ",
        StandardCharsets.UTF_8);
    nextChosenFile.set(broken);
    robot.clickOn("#tool-open");
    NoticeBar notifications = robot.lookup("#notifications").queryAs(NoticeBar.class);
    FxWait.until(notifications::isShowing);
    assertThat(notifications.getText()).isNotBlank().doesNotContain("Exception");
    assertThat(viewModel.side(Side.A).document()).isSameAs(leftBefore);
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
  }

  @Test
  void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen(FxRobot robot) throws Exception {
    nextChosenFile.set(fixture("counterpart.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> files.unsavedProperty().get());
    Platform.runLater(
        () ->
            robot
                .window(0)
                .fireEvent(new WindowEvent(robot.window(0), WindowEvent.WINDOW_CLOSE_REQUEST)));
    FxWait.until(
        () ->
            robot
                .lookup(Messages.get("close.cancel"))
                .match(NodeQueryUtils.isVisible())
                .tryQuery()
                .isPresent());
    robot.clickOn(Messages.get("close.cancel"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.window(0).isShowing()).isTrue();
    assertThat(files.unsavedProperty().get()).isTrue();
  }

  @Test
  void showRemovedTextListsWhatCleaningTookOutOfTheSeedWithReasons(FxRobot robot) throws Exception {
    robot.clickOn("#left-removed");
    FxWait.until(() -> robot.lookup("#removed-list").tryQuery().isPresent());
    javafx.scene.layout.VBox list =
        robot.lookup("#removed-list").queryAs(javafx.scene.layout.VBox.class);
    String shown =
        FxWait.onFx(
            () ->
                robot.from(list).lookup(".label").queryAllAs(Label.class).stream()
                    .map(Label::getText)
                    .reduce("", (a, b) -> a + "\n" + b));
    assertThat(shown)
        .contains("breadcrumb")
        .contains("Europe Solidaire Sans Fronti\u00e8res > English")
        .contains("Click here");
    robot.type(KeyCode.ESCAPE);
  }

  private Path fixture(String name) throws IOException {
    return window.fixture(name);
  }

  private Path longEssay() throws IOException {
    StringBuilder text = new StringBuilder("A long counterpart\n\n");
    for (int i = 1; i <= 120; i++) {
      text.append("Paragraph ").append(i).append(" says something about the bridge at Varnel.\n\n");
    }
    Path file = folder.resolve("long.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static boolean scrollable(DocumentArea area) {
    return area.totalHeightEstimateProperty().getOrElse(0.0) > area.getViewportHeight() + 100;
  }

  @Test
  void f1ListsTheSingleKeysAndTheCommandShortcuts(FxRobot robot) {
    javafx.scene.control.MenuBar bar =
        robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
    java.util.List<String> menuShortcuts =
        bar.getMenus().stream()
            .flatMap(m -> m.getItems().stream())
            .filter(i -> i.getAccelerator() != null)
            .map(i -> i.getAccelerator().getDisplayText())
            .toList();
    assertThat(menuShortcuts).isNotEmpty();
    robot.type(javafx.scene.input.KeyCode.F1);

    javafx.scene.layout.GridPane grid =
        robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class);
    java.util.List<String> texts =
        grid.getChildren().stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    assertThat(texts)
        .contains("L", Messages.get("keys.link"), "T", Messages.get("keys.term"))
        .contains(
            javafx.scene.input.KeyCombination.keyCombination("Enter").getDisplayText(),
            Messages.get("keys.accept"),
            "A",
            Messages.get("keys.relationTo", "Agree"),
            javafx.scene.input.KeyCombination.keyCombination("Shift+N").getDisplayText())
        .contains(
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+O").getDisplayText(),
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+S").getDisplayText(),
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y").getDisplayText(),
            "F9",
            Messages.get("keys.panel"));
    assertThat(texts).containsAll(menuShortcuts);
    robot.clickOn(javafx.scene.control.ButtonType.CLOSE.getText());
    assertThat(robot.lookup("#shortcuts").tryQuery()).isEmpty();
  }
}
