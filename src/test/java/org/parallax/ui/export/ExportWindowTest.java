package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.Exporter;
import org.parallax.export.Exporters;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.ui.FxWait;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
  @TempDir Path folder;
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage);
    viewModel = window.viewModel;
  }

  @Test
  void exportIsDisabledUntilAComparisonIsOpenAndCtrlEOpensTheDialogThen(FxRobot robot)
      throws Exception {
    assertThat(exportItem(robot).isDisable()).isTrue();
    ctrlE(robot);
    assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();

    window.openCounterpart(robot);
    assertThat(exportItem(robot).isDisable()).isFalse();
    ctrlE(robot);

    assertThat(robot.lookup("#export-dialog").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();
  }

  @Test
  void theHandoutHoldsTheConfirmedLinksClaimsAsTheyAreOnScreen(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Link first = comparison().links().get(0);
    robot.interact(() -> viewModel.tagging().edit(edits -> c -> edits.accept(c, first.id())));
    Path target = folder.resolve("handout.html");

    ctrlE(robot);
    choose(robot, "html");
    target(robot, target);
    robot.type(KeyCode.ENTER);

    FxWait.until(() -> notice().contains("handout.html"));
    String text = Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8)).text();
    Comparison shown = comparison();
    for (String claim :
        Stream.concat(first.aClaims().stream(), first.bClaims().stream()).toList()) {
      Claim found = shown.claim(claim).orElseThrow();
      assertThat(text).contains(squeezed(found.textIn(shown.document(found.side()))));
    }
    assertThat(notice()).contains("handout.html").contains(folder.toString());
  }

  @Test
  void theCsvOfLinksWithSuggestionsHasOneRowPerLinkNotRejected(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Link first = comparison().links().get(0);
    robot.interact(() -> viewModel.tagging().edit(edits -> c -> edits.reject(c, first.id())));
    Path target = folder.resolve("links.csv");

    ctrlE(robot);
    choose(robot, "csv");
    robot.clickOn("#export-suggestions");
    robot.interact(
        () -> robot.lookup("#export-rows").<ComboBox<Object>>query().getSelectionModel().select(1));
    target(robot, target);
    robot.clickOn("#export-go");

    FxWait.until(() -> Files.exists(target) && !running(robot));
    long notRejected =
        comparison().links().stream().filter(l -> l.status() != LinkStatus.REJECTED).count();
    assertThat(notRejected).isPositive();
    try (Reader in = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
      List<CSVRecord> rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(in)
              .getRecords();
      assertThat(rows).hasSize((int) notRejected);
      assertThat(rows).allSatisfy(row -> assertThat(row.get("kind")).isEqualTo("link"));
      assertThat(rows).noneSatisfy(row -> assertThat(row.get("id")).isEqualTo(first.id()));
    }
  }

  @Test
  void theDialogWorksFromTheKeyboardAlone(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Path target = folder.resolve("typed.md");

    ctrlE(robot);
    robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
    TextField field = robot.lookup("#export-target").queryAs(TextField.class);
    assertThat(FxWait.onFx(field::isFocused)).isTrue();
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    // TestFX types into the window it last targeted; no click has named the dialog's yet.
    robot.targetWindow(field.getScene().getWindow()).write(target.toString());
    robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
    assertThat(
            robot
                .lookup("#export-suggestions")
                .queryAs(javafx.scene.control.CheckBox.class)
                .isSelected())
        .isTrue();
    robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
    robot.type(KeyCode.ENTER);

    FxWait.until(() -> notice().contains("typed.md"));
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isNotBlank();
    assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();
  }

  @Test
  void theSecondExportStartsInTheFolderOfTheFirst(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Path first = Files.createDirectory(folder.resolve("first")).resolve("one.md");

    ctrlE(robot);
    choose(robot, "md");
    target(robot, first);
    robot.type(KeyCode.ENTER);
    FxWait.until(() -> Files.exists(first) && !running(robot));
    assertThat(window.settings.loadExport().folder()).isEqualTo(first.getParent().toString());

    ctrlE(robot);
    Path proposed = Path.of(robot.lookup("#export-target").queryAs(TextField.class).getText());
    assertThat(proposed.getParent()).isEqualTo(first.getParent());
    assertThat(proposed.getFileName().toString()).endsWith(".md");
    Path chosen = first.resolveSibling("chosen");
    window.nextExportTarget.set(chosen);
    robot.clickOn("#export-browse");

    assertThat(window.lastExportSuggestion.get().getParent()).isEqualTo(first.getParent());
    assertThat(robot.lookup("#export-target").queryAs(TextField.class).getText())
        .isEqualTo(chosen + ".md");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void theFileNamesExtensionFollowsTheFormat(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    ctrlE(robot);
    TextField target = robot.lookup("#export-target").queryAs(TextField.class);

    for (Exporter format : Exporters.all()) {
      choose(robot, format.id());
      assertThat(target.getText()).endsWith("." + format.extension());
    }
    String stem = target.getText().substring(0, target.getText().lastIndexOf('.'));
    assertThat(stem).doesNotContain(".");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void theCsvOptionsShowForCsvOnly(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    ctrlE(robot);

    choose(robot, "html");
    assertThat(robot.lookup("#export-bom").tryQuery().filter(javafx.scene.Node::isVisible))
        .isEmpty();
    choose(robot, "csv");
    assertThat(robot.lookup("#export-bom").query().isVisible()).isTrue();
    assertThat(robot.lookup("#export-rows").query().isVisible()).isTrue();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aFolderThatIsAFileGivesAMessageAndLeavesNothingBehind(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Path plain = Files.writeString(folder.resolve("plain.txt"), "not a folder");
    Path target = plain.resolve("handout.html");

    ctrlE(robot);
    target(robot, target);
    robot.type(KeyCode.ENTER);

    FxWait.until(() -> !running(robot) && notificationsShowing(robot));
    assertThat(robot.lookup("#notifications").lookup(".label").queryAs(Label.class).getText())
        .contains("handout.html")
        .doesNotContain("Exception");
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).containsExactly(plain);
    }
    assertThat(Files.readString(plain)).isEqualTo("not a folder");
  }

  @Test
  void aFolderInTheWayIsNamedAndKept(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Path inTheWay = Files.createDirectory(folder.resolve("handout.html"));

    ctrlE(robot);
    target(robot, inTheWay);
    robot.type(KeyCode.ENTER);

    FxWait.until(() -> !running(robot) && notificationsShowing(robot));
    String message = robot.lookup("#notifications").lookup(".label").queryAs(Label.class).getText();
    assertThat(message).contains("folder").doesNotContain("Exception");
    assertThat(inTheWay).isDirectory().isEmptyDirectory();
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).containsExactly(inTheWay);
    }
  }

  @Test
  void openWhenDoneOpensTheFileAndIsRemembered(FxRobot robot) throws Exception {
    window.openCounterpart(robot);
    Path target = folder.resolve("shown.html");

    ctrlE(robot);
    target(robot, target);
    robot.clickOn("#export-open");
    robot.clickOn("#export-go");

    FxWait.until(() -> window.openedInViewer.contains(target));
    assertThat(window.settings.loadExport().openWhenDone()).isTrue();
    ctrlE(robot);
    assertThat(
            robot.lookup("#export-open").queryAs(javafx.scene.control.CheckBox.class).isSelected())
        .isTrue();
    robot.type(KeyCode.ESCAPE);
  }

  private static String squeezed(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private void ctrlE(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
  }

  /** Picks {@code id}'s format in the dialog's list, by its name, as a reader would. */
  private void choose(FxRobot robot, String id) {
    Exporter format = Exporters.byId(id).orElseThrow();
    robot.clickOn("#export-format");
    robot.clickOn(
        robot
            .lookup(".list-cell")
            .<javafx.scene.control.ListCell<?>>match(
                cell -> format.displayName().equals(cell.getText()))
            .<javafx.scene.Node>query());
  }

  private void target(FxRobot robot, Path file) {
    TextField field = robot.lookup("#export-target").queryAs(TextField.class);
    robot.interact(field::clear);
    robot.clickOn(field).write(file.toString());
  }

  private static MenuItem exportItem(FxRobot robot) {
    return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
        .flatMap(m -> m.getItems().stream())
        .filter(i -> "menu-export".equals(i.getId()))
        .findFirst()
        .orElseThrow();
  }

  /** Whether the status bar shows an export under way. */
  private boolean running(FxRobot robot) {
    return FxWait.onFx(() -> robot.lookup("#export-cancel").query().isVisible());
  }

  private static boolean notificationsShowing(FxRobot robot) {
    return FxWait.onFx(() -> robot.lookup("#notifications").query().isVisible());
  }

  private String notice() {
    return FxWait.onFx(
        () ->
            viewModel.noticeProperty().get() == null
                ? ""
                : viewModel.noticeProperty().get().text());
  }

  private Comparison comparison() {
    return FxWait.onFx(() -> viewModel.alignment().comparisonProperty().get());
  }
}
