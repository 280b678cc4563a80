package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.ui.align.AlignmentChoices;
import org.parallax.ui.support.DesktopAccess;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The alignment settings dialog, opened from the View menu over an aligned pair. */
@ExtendWith(ApplicationExtension.class)
class AlignmentSettingsTest {
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
  void aStricterMinimumScoreDropsTheSuggestionsButKeepsTheReadersLink(FxRobot robot)
      throws TimeoutException {
    Comparison aligned = comparison();
    assertThat(aligned.links()).hasSizeGreaterThan(1);
    String kept = aligned.links().get(0).id();
    robot.interact(() -> viewModel.tagging().edit(edits -> c -> edits.accept(c, kept)));

    openSettings(robot);
    Spinner<?> lexical = robot.lookup("#alignment-lexical-min-score").queryAs(Spinner.class);
    robot.doubleClickOn(lexical.getEditor()).write("1");
    robot.clickOn("#alignment-ok");

    FxWait.until(
        () -> !viewModel.alignment().runningProperty().get() && comparison().links().size() == 1);
    Link only = comparison().links().get(0);
    assertThat(only.id()).isEqualTo(kept);
    assertThat(only.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(window.alignmentChoices.load(problem -> {}).lexicalMinScore()).isEqualTo(1.0);
    robot.interact(() -> viewModel.alignment().session().undo());
    assertThat(comparison().links()).hasSameSizeAs(aligned.links());
  }

  @Test
  void theMinimumScoresAreShownWholeBesideTheirLongLabels(FxRobot robot) {
    openSettings(robot);
    for (String id : List.of("#alignment-min-score", "#alignment-lexical-min-score")) {
      Spinner<?> score = robot.lookup(id).queryAs(Spinner.class);
      assertThat(score.getEditor().getText()).hasSize(5);
      assertThat(score.getWidth()).isGreaterThanOrEqualTo(110);
    }
    robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
  }

  @Test
  void aLineWithOneNameBlocksOkUntilASecondNameIsAdded(FxRobot robot) {
    openSettings(robot);
    Button ok = robot.lookup("#alignment-ok").queryButton();

    robot.clickOn("#alignment-equivalences").write("Khankendi");

    assertThat(ok.isDisabled()).isTrue();
    assertThat(robot.lookup("#alignment-problems").queryAs(Label.class).getText())
        .startsWith("Line 1 has only one name (Khankendi)");

    robot.write(" = Stepanakert");
    assertThat(ok.isDisabled()).isFalse();
    robot.clickOn("#alignment-ok");

    AlignmentChoices kept = window.alignmentChoices.load(problem -> {});
    assertThat(kept.equivalences()).isEqualTo("Khankendi\tStepanakert");
  }

  @Test
  void aScoreThatIsNotANumberFromZeroToOneBlocksOkAndSaysSo(FxRobot robot) {
    openSettings(robot);
    Button ok = robot.lookup("#alignment-ok").queryButton();
    Spinner<?> score = robot.lookup("#alignment-min-score").queryAs(Spinner.class);

    robot.doubleClickOn(score.getEditor()).write("abc");

    assertThat(ok.isDisabled()).isTrue();
    assertThat(robot.lookup("#alignment-problems").queryAs(Label.class).getText())
        .startsWith(Messages.get("alignSettings.badScore"));
    robot.interact(() -> score.getEditor().setText("0.3"));
    assertThat(ok.isDisabled()).isFalse();
    robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
  }

  @Test
  void defaultsPutTheBuiltInValuesBackAndCancelKeepsTheOldChoices(FxRobot robot) {
    AlignmentChoices before = window.alignmentChoices.load(problem -> {});
    openSettings(robot);
    Spinner<?> score = robot.lookup("#alignment-min-score").queryAs(Spinner.class);
    CheckBox meaning = robot.lookup("#alignment-meaning").queryAs(CheckBox.class);
    assertThat(meaning.isSelected()).isFalse(); // the test window aligns without the model
    robot.doubleClickOn(score.getEditor()).write("0.9");

    robot.clickOn("#alignment-defaults");

    assertThat(score.getValue()).isEqualTo(AlignmentChoices.DEFAULTS.minScore());
    assertThat(score.getEditor().getText()).isEqualTo("0.200");
    assertThat(meaning.isSelected()).isTrue();
    robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
    assertThat(window.alignmentChoices.load(problem -> {})).isEqualTo(before);
  }

  @Test
  void namesThatCouldNotBeReadCannotBeEditedAndTheDialogSaysWhy(FxRobot robot) {
    robot.interact(
        () ->
            new org.parallax.ui.align.AlignmentSettingsDialog(
                    robot.window(0),
                    AlignmentChoices.DEFAULTS,
                    "/home/ada/.parallax/equivalences.tsv",
                    "Your list of equivalent names is not UTF-8 text; it was not read.",
                    DesktopAccess.system(),
                    java.util.List.of("security"))
                .show());

    assertThat(robot.lookup("#alignment-equivalences").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#alignment-problems").queryAs(Label.class).getText())
        .startsWith("Your list of equivalent names is not UTF-8 text; it was not read.")
        .contains("left as they are");
    assertThat(robot.lookup("#alignment-ok").queryButton().isDisabled()).isFalse();
    assertThat(robot.lookup("#lexicon-import").queryButton().isDisabled()).isTrue();
    robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
  }

  @Test
  void importAddsTheFilesNewNamesSaysHowManyWereThereAndExportWritesThemBack(FxRobot robot)
      throws IOException {
    Path file = window.folder.resolve("colleague.tsv");
    Files.writeString(
        file,
        "# from a colleague\nStepanakert\tKhankendi\nexodus\treintegration\tframe:legality\n");
    window.nextLexiconFile.set(file);
    openSettings(robot);
    robot.clickOn("#alignment-equivalences").write("Lachin road = Berdzor road");

    robot.clickOn("#lexicon-import");

    TextArea names = robot.lookup("#alignment-equivalences").queryAs(TextArea.class);
    assertThat(names.getText())
        .isEqualTo("Lachin road = Berdzor road\nexodus = reintegration = frame:legality");
    assertThat(robot.lookup("#lexicon-transferred").queryAs(Label.class).getText())
        .isEqualTo("From “colleague.tsv”: one new entry added, one already there. OK keeps them.");
    assertThat(robot.lookup("#alignment-bundled").queryAs(TextArea.class).isEditable()).isFalse();

    Path exported = window.folder.resolve("mine.tsv");
    window.nextLexiconTarget.set(exported);
    robot.clickOn("#lexicon-export");
    assertThat(Files.readString(exported).lines().filter(l -> !l.startsWith("#")))
        .containsExactly("Lachin road\tBerdzor road", "exodus\treintegration\tframe:legality");

    robot.clickOn("#alignment-ok");
    assertThat(window.alignmentChoices.load(problem -> {}).equivalences())
        .isEqualTo("Lachin road\tBerdzor road\nexodus\treintegration\tframe:legality");
  }

  @Test
  void aBinaryFileIsNotImportedAndTheDialogSaysWhy(FxRobot robot) throws IOException {
    Path file = window.folder.resolve("photo.tsv");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
    window.nextLexiconFile.set(file);
    openSettings(robot);
    robot.clickOn("#alignment-equivalences").write("Lachin road = Berdzor road");

    robot.clickOn("#lexicon-import");

    assertThat(robot.lookup("#lexicon-transferred").queryAs(Label.class).getText())
        .startsWith("“photo.tsv” is not a text file");
    assertThat(robot.lookup("#alignment-equivalences").queryAs(TextArea.class).getText())
        .isEqualTo("Lachin road = Berdzor road");
    robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
  }

  @Test
  void aLineNamingAnUnknownFrameBlocksOkAndListsTheFrames(FxRobot robot) {
    openSettings(robot);

    robot.clickOn("#alignment-equivalences").write("exodus = reintegration = frame:legal");

    assertThat(robot.lookup("#alignment-ok").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#alignment-problems").queryAs(Label.class).getText())
        .startsWith("Line 1 names a frame the codebook does not have (legal): use one of")
        .contains("frame:legality");
    robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText());
  }

  private void openSettings(FxRobot robot) {
    robot.clickOn(Messages.get("menu.view")).clickOn(Messages.get("action.alignSettings"));
  }

  private Comparison comparison() {
    return viewModel.alignment().comparisonProperty().get();
  }
}
