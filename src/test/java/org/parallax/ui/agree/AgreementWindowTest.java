package org.parallax.ui.agree;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.agreement.AgreementReport;
import org.parallax.agreement.KeyAgreement;
import org.parallax.agreement.Skipped;
import org.parallax.agreement.StudentComparison;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.task.Progress;
import org.parallax.ui.FxWait;
import org.parallax.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Compare annotators… with the class fixtures of the agreement package: three students (ana,
 * ben, cleo) and the teacher's key on a four-sentence essay pair.
 */
@ExtendWith(ApplicationExtension.class)
class AgreementWindowTest {
  private TestWindow window;

  @Start
  void start(Stage stage) throws Exception {
    window = new TestWindow(stage);
  }

  @Test
  void theTeacherComparesTheClassSettlesATieAndOpensTheConsensus(FxRobot robot) throws Exception {
    List<Path> students = List.of(student("ana"), student("ben"), student("cleo"));
    Path key = student("key");
    List<Path> chosen = new ArrayList<>(students);
    chosen.add(key);
    openTheWindowAndAdd(robot, chosen);

    FxWait.onFx(
        () -> {
          ListView<?> files = robot.lookup("#agree-files").queryAs(ListView.class);
          files.getSelectionModel().select(3);
          return null;
        });
    robot.clickOn("#agree-key");
    compare(robot);

    AgreementReport report = StudentComparison.compare(students, key, Progress.NONE).report();
    assertThat(cells(robot, "#agree-figures")).containsExactlyElementsOf(expectedRows(report));
    assertThat(robot.lookup("#agree-summary").queryLabeled().getText())
        .contains("ana, ben, cleo")
        .contains("key.parallax.json");

    // The tie: ana reframe, ben agree, cleo did not link A3–B3.
    showTab(robot, 2);
    TableView<AgreementRows.PairRow> open = pairs(robot, "#agree-open");
    int tie = indexOf(open, "A3\u2013B3");
    assertThat(FxWait.onFx(() -> open.getItems().get(tie).standing())).isEqualTo("relations tie");
    FxWait.onFx(
        () -> {
          open.getSelectionModel().select(tie);
          open.requestFocus();
          return null;
        });
    robot.type(KeyCode.R);
    FxWait.until(() -> standing(open, tie).equals("settled: reframe"));
    assertThat(robot.lookup("#agree-open-count").queryLabeled().getText())
        .isEqualTo("One pair left to settle.");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    FxWait.until(() -> standing(open, tie).equals("relations tie"));
    robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
    FxWait.until(() -> standing(open, tie).equals("settled: reframe"));

    Path target = window.folder.resolve("class-consensus.parallax.json");
    window.nextSaveTarget.set(target);
    robot.clickOn("#agree-save");
    FxWait.until(() -> target.equals(window.files.fileProperty().get()));

    Comparison reopened =
        FxWait.onFx(() -> window.viewModel.alignment().comparisonProperty().get());
    assertThat(reopened.title()).startsWith("Consensus");
    Link settled =
        reopened.links().stream()
            .filter(l -> l.aClaims().equals(List.of("A3")))
            .filter(l -> l.bClaims().equals(List.of("B3")))
            .findFirst()
            .orElseThrow();
    assertThat(settled.relation()).isEqualTo("reframe");
    assertThat(settled.annotator()).isEqualTo("ana, ben");
    assertThat(settled.reasons()).anyMatch(r -> r.contains("settled by the teacher as reframe"));
  }

  @Test
  void aBrokenFileIsNamedWithItsReasonAndTheRestCompare(FxRobot robot) throws Exception {
    Path broken = window.folder.resolve("broken.parallax.json");
    Files.writeString(broken, "{\"format\": ");
    List<Path> chosen = List.of(student("ana"), broken, student("ben"), student("cleo"));
    openTheWindowAndAdd(robot, chosen);
    compare(robot);

    Skipped expected =
        StudentComparison.compare(chosen, null, Progress.NONE).loaded().skipped().get(0);
    assertThat(expected.file()).isEqualTo(broken);
    ListView<?> skipped = robot.lookup("#agree-skipped").queryAs(ListView.class);
    assertThat(FxWait.onFx(() -> skipped.getItems().stream().map(String::valueOf).toList()))
        .containsExactly("broken.parallax.json: " + expected.reason());
    assertThat(robot.lookup("#agree-summary").queryLabeled().getText()).startsWith("3 students");
    assertThat(cells(robot, "#agree-figures")).isNotEmpty();
  }

  private void openTheWindowAndAdd(FxRobot robot, List<Path> files) throws TimeoutException {
    window.nextChosenFiles.set(files);
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem item =
        bar.getMenus().get(0).getItems().stream()
            .filter(i -> "menu-compare-annotators".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    FxWait.onFx(
        () -> {
          item.fire();
          return null;
        });
    FxWait.until(() -> robot.lookup("#agree-add").tryQuery().isPresent());
    robot.clickOn("#agree-add");
    ListView<?> list = robot.lookup("#agree-files").queryAs(ListView.class);
    FxWait.until(() -> list.getItems().size() == files.size());
  }

  private static void compare(FxRobot robot) throws TimeoutException {
    robot.clickOn("#agree-compare");
    TableView<?> figures = robot.lookup("#agree-figures").queryAs(TableView.class);
    FxWait.until(() -> !figures.getItems().isEmpty());
  }

  private static void showTab(FxRobot robot, int index) {
    TabPane tabs = robot.lookup("#agree-tabs").queryAs(TabPane.class);
    FxWait.onFx(
        () -> {
          tabs.getSelectionModel().select(index);
          return null;
        });
  }

  /** The agreement table as "label | linked | relation" lines, read from the window. */
  private static List<String> cells(FxRobot robot, String id) {
    @SuppressWarnings("unchecked")
    TableView<AgreementRows.FigureRow> table = robot.lookup(id).queryAs(TableView.class);
    return FxWait.onFx(
        () ->
            table.getItems().stream()
                .map(r -> r.label() + " | " + r.linked() + " | " + r.relation())
                .toList());
  }

  /** The same lines worked out from the core's report, as the table should word them. */
  private static List<String> expectedRows(AgreementReport report) {
    List<String> rows = new ArrayList<>();
    rows.add(
        "Claim pairs compared | " + report.linked().items() + " | " + report.relation().items());
    rows.add(
        "Krippendorff's \u03b1 (class) | "
            + twoDecimals(report.linked().alpha())
            + " | "
            + twoDecimals(report.relation().alpha()));
    rows.add(
        "Percent agreement | "
            + percent(report.linked().percent())
            + " | "
            + percent(report.relation().percent()));
    for (Map.Entry<String, Double> kappa : report.linked().kappa().entrySet()) {
      rows.add(
          "Cohen's \u03ba "
              + kappa.getKey().replace("|", " \u00b7 ")
              + " | "
              + twoDecimals(kappa.getValue())
              + " | "
              + twoDecimals(report.relation().kappa().get(kappa.getKey())));
    }
    assertThat(report.key()).containsOnlyKeys("ana", "ben", "cleo");
    for (Map.Entry<String, KeyAgreement> withKey : report.key().entrySet()) {
      rows.add(
          "\u03ba with the key: "
              + withKey.getKey()
              + " | "
              + twoDecimals(withKey.getValue().linked())
              + " | "
              + twoDecimals(withKey.getValue().relation()));
    }
    return rows;
  }

  private static String twoDecimals(Double value) {
    return value == null ? "\u2014" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(Double value) {
    return value == null ? "\u2014" : String.format(Locale.ROOT, "%.2f %%", 100 * value);
  }

  @SuppressWarnings("unchecked")
  private static TableView<AgreementRows.PairRow> pairs(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  private static int indexOf(TableView<AgreementRows.PairRow> table, String units) {
    return FxWait.onFx(
        () -> {
          for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).units().equals(units)) {
              return i;
            }
          }
          throw new AssertionError(units + " is not listed");
        });
  }

  private static String standing(TableView<AgreementRows.PairRow> table, int index) {
    return FxWait.onFx(() -> table.getItems().get(index).standing());
  }

  private static Path student(String name) {
    try {
      return Path.of(
          AgreementWindowTest.class
              .getResource("/org/parallax/agreement/" + name + ".parallax.json")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
