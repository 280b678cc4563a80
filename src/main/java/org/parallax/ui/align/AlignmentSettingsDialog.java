package org.parallax.ui.align;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.DoubleStringConverter;
import org.parallax.align.LexiconLines;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.support.DesktopAccess;

/**
 * Lets the reader change how suggestions are made: the meaning model on or off, the two minimum
 * scores, and their own equivalent names ("Khankendi = Stepanakert"), which Import… adds to from a
 * lexicon file and Export… writes to one; the built-in names are shown read-only. OK is refused
 * while a line of names has only one name or names a frame the codebook lacks; Defaults puts the
 * built-in values back without closing.
 */
public final class AlignmentSettingsDialog extends Dialog<AlignmentChoices> {
  private static final ButtonType DEFAULTS =
      new ButtonType(Messages.get("alignSettings.defaults"), ButtonBar.ButtonData.LEFT);

  private final CheckBox meaning = new CheckBox(Messages.get("alignSettings.meaning"));
  private final Spinner<Double> minScore = scoreSpinner("alignment-min-score");
  private final Spinner<Double> lexicalMinScore = scoreSpinner("alignment-lexical-min-score");
  private final TextArea names = new TextArea();
  private final Label problems = new Label();
  private final Label transferred = new Label();
  private final CheckBox withBundled = new CheckBox(Messages.get("lexicon.export.withBundled"));
  private final Collection<String> frames;

  /**
   * @param namesProblem why the kept names could not be read, or empty; if not empty the names
   *     cannot be edited here (saving would overwrite them) and the dialog says why
   * @param desktop asks which lexicon file to import and where to export one
   * @param frames the codebook's frame ids, which a line's {@code frame:ID} must name
   */
  public AlignmentSettingsDialog(
      Window owner,
      AlignmentChoices current,
      String namesFile,
      String namesProblem,
      DesktopAccess desktop,
      Collection<String> frames) {
    this.frames = List.copyOf(frames);
    initOwner(owner);
    setTitle(Messages.get("alignSettings.title"));
    setHeaderText(Messages.get("alignSettings.header"));
    meaning.setId("alignment-meaning");
    meaning.setAccessibleHelp(Messages.get("a11y.alignSettings.meaning"));
    meaning.setWrapText(true);
    meaning.setMinHeight(Region.USE_PREF_SIZE);
    names.setId("alignment-equivalences");
    names.setAccessibleHelp(Messages.get("alignSettings.namesHelp", namesFile));
    names.setPromptText(Messages.get("alignSettings.namesPrompt"));
    names.setPrefRowCount(7);
    names.setPrefColumnCount(40);
    names.setMinHeight(Region.USE_PREF_SIZE);
    problems.setId("alignment-problems");
    problems.getStyleClass().add("form-problem");
    problems.setWrapText(true);
    problems.setMinHeight(Region.USE_PREF_SIZE);
    show(current);

    GridPane scores = new GridPane();
    scores.setHgap(8);
    scores.setVgap(8);
    AlignmentChoices d = AlignmentChoices.DEFAULTS;
    scores.addRow(
        0, label(Messages.get("alignSettings.minScore", score(d.minScore())), minScore), minScore);
    scores.addRow(
        1,
        label(
            Messages.get("alignSettings.lexicalMinScore", score(d.lexicalMinScore())),
            lexicalMinScore),
        lexicalMinScore);
    Label namesHelp = new Label(Messages.get("alignSettings.namesHelp", namesFile));
    namesHelp.setWrapText(true);
    namesHelp.setMinHeight(Region.USE_PREF_SIZE);
    namesHelp.getStyleClass().add("form-help");
    VBox content =
        new VBox(
            10,
            meaning,
            scores,
            label(Messages.get("alignSettings.names"), names),
            names,
            namesHelp,
            transferBar(owner, desktop, namesProblem.isEmpty()),
            transferred,
            problems,
            bundled());
    content.setPrefWidth(560);
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().addAll(DEFAULTS, ButtonType.OK, ButtonType.CANCEL);
    Styles.dressLike(getDialogPane(), owner);
    Button defaults = (Button) getDialogPane().lookupButton(DEFAULTS);
    defaults.setId("alignment-defaults");
    defaults.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          show(
              AlignmentChoices.DEFAULTS.withEquivalences(EquivalenceLines.toFile(names.getText())));
          e.consume();
        });
    Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("alignment-ok");
    for (Spinner<Double> score : List.of(minScore, lexicalMinScore)) {
      score.getEditor().textProperty().addListener((obs, old, now) -> check(ok));
    }
    if (namesProblem.isEmpty()) {
      names.textProperty().addListener((obs, old, now) -> check(ok));
      check(ok);
    } else {
      names.setDisable(true);
      problems.setText(namesProblem + " " + Messages.get("alignSettings.namesUnreadable"));
    }
    setResultConverter(button -> button == ButtonType.OK ? chosen() : null);
  }

  /** Import… and Export… of the reader's names; off while the kept names could not be read. */
  private HBox transferBar(Window owner, DesktopAccess desktop, boolean enabled) {
    Button importing = new Button(Messages.get("lexicon.import"));
    importing.setId("lexicon-import");
    importing.setAccessibleHelp(Messages.get("a11y.lexicon.import"));
    importing.setOnAction(
        e ->
            desktop
                .chooseLexiconToImport(owner)
                .ifPresent(
                    file -> {
                      LexiconTransfer.Outcome outcome =
                          LexiconTransfer.importFrom(file, names.getText());
                      outcome.lines().ifPresent(names::setText);
                      tell(outcome);
                    }));
    Button exporting = new Button(Messages.get("lexicon.export"));
    exporting.setId("lexicon-export");
    exporting.setAccessibleHelp(Messages.get("a11y.lexicon.export"));
    exporting.setOnAction(
        e ->
            desktop
                .chooseLexiconTarget(
                    owner, Path.of(System.getProperty("user.home"), "parallax-lexicon.tsv"))
                .ifPresent(
                    file ->
                        tell(
                            LexiconTransfer.exportTo(
                                file, names.getText(), withBundled.isSelected()))));
    withBundled.setId("lexicon-with-bundled");
    withBundled.setAccessibleHelp(Messages.get("a11y.lexicon.withBundled"));
    importing.setDisable(!enabled);
    exporting.setDisable(!enabled);
    transferred.setId("lexicon-transferred");
    transferred.setWrapText(true);
    transferred.setMinHeight(Region.USE_PREF_SIZE);
    transferred.setManaged(false);
    HBox bar = new HBox(8, importing, exporting, withBundled);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private void tell(LexiconTransfer.Outcome outcome) {
    transferred.setText(outcome.message());
    transferred.getStyleClass().setAll("label", outcome.failed() ? "form-problem" : "form-help");
    transferred.setManaged(true);
    resize();
  }

  /** The built-in names, folded away: the reader sees what is known already but cannot edit it. */
  private TitledPane bundled() {
    TextArea text = new TextArea(LexiconTransfer.bundled());
    text.setId("alignment-bundled");
    text.setAccessibleText(Messages.get("alignSettings.bundled"));
    text.setAccessibleHelp(Messages.get("a11y.alignSettings.bundled"));
    text.setEditable(false);
    text.setPrefRowCount(6);
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    TitledPane pane = new TitledPane(Messages.get("alignSettings.bundled"), text);
    pane.setExpanded(false);
    pane.setAccessibleHelp(Messages.get("a11y.alignSettings.bundled"));
    pane.expandedProperty().addListener((obs, was, now) -> resize());
    return pane;
  }

  private void show(AlignmentChoices choices) {
    meaning.setSelected(choices.meaning());
    minScore.getValueFactory().setValue(choices.minScore());
    lexicalMinScore.getValueFactory().setValue(choices.lexicalMinScore());
    names.setText(EquivalenceLines.toEditable(choices.equivalences()));
  }

  private AlignmentChoices chosen() {
    return new AlignmentChoices(
        meaning.isSelected(),
        committed(minScore),
        committed(lexicalMinScore),
        EquivalenceLines.toFile(names.getText()));
  }

  private void check(Node ok) {
    if (names.isDisabled()) {
      return; // the unreadable names file's message stays, and OK with it
    }
    List<String> found = new java.util.ArrayList<>(EquivalenceLines.problems(names.getText()));
    found.addAll(LexiconLines.frameProblems(names.getText(), frames));
    if (typed(minScore).isEmpty() || typed(lexicalMinScore).isEmpty()) {
      found.add(0, Messages.get("alignSettings.badScore"));
    }
    problems.setText(String.join("\n", found));
    problems.setVisible(!found.isEmpty());
    problems.setManaged(!found.isEmpty());
    ok.setDisable(!found.isEmpty());
    resize();
  }

  private void resize() {
    // The window grows or shrinks with the message, rather than squeezing the other labels.
    Platform.runLater(
        () -> {
          if (getDialogPane().getScene() != null
              && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
          }
        });
  }

  /** The spinner's value, taking a number typed but not yet confirmed with Enter. */
  private static double committed(Spinner<Double> spinner) {
    typed(spinner).ifPresent(spinner.getValueFactory()::setValue);
    return spinner.getValue();
  }

  /** The score typed into {@code spinner}, if it is a number from 0 to 1. */
  private static java.util.Optional<Double> typed(Spinner<Double> spinner) {
    try {
      double typed = Double.parseDouble(spinner.getEditor().getText().strip().replace(',', '.'));
      return typed >= 0 && typed <= 1 ? java.util.Optional.of(typed) : java.util.Optional.empty();
    } catch (NumberFormatException notANumber) {
      return java.util.Optional.empty();
    }
  }

  private static Spinner<Double> scoreSpinner(String id) {
    SpinnerValueFactory.DoubleSpinnerValueFactory factory =
        new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 0, 0.025);
    factory.setConverter(
        new DoubleStringConverter() {
          @Override
          public String toString(Double value) {
            return value == null ? "" : score(value);
          }
        });
    Spinner<Double> spinner = new Spinner<>(factory);
    spinner.setEditable(true);
    spinner.setId(id);
    spinner.setAccessibleHelp(Messages.get("a11y.alignSettings.minScore"));
    spinner.setPrefWidth(110);
    // Beside a long label the grid would squeeze the field to one digit ("0" for 0.200).
    spinner.setMinWidth(Region.USE_PREF_SIZE);
    return spinner;
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static Label label(String text, Node target) {
    Label label = new Label(text);
    label.setLabelFor(target);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }
}
