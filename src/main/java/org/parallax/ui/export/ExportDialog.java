package org.parallax.ui.export;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.parallax.export.ExportOptions.CsvRows;
import org.parallax.export.Exporter;
import org.parallax.model.Side;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.support.DesktopAccess;

/**
 * File → Export…: the format, reading order, suggestions, the CSV options when the format takes
 * them, the file to write (typed, or chosen with Browse…) and whether to open it when done. Every
 * control has a mnemonic; Enter exports, Escape cancels.
 */
final class ExportDialog extends Dialog<ExportRequest> {
  static final ButtonType EXPORT = new ButtonType(Messages.get("export.go"), ButtonData.OK_DONE);

  private final Map<KeyCode, Runnable> mnemonics = new EnumMap<>(KeyCode.class);

  ExportDialog(Window owner, ExportForm form, DesktopAccess desktop, Clock clock) {
    initOwner(owner);
    setTitle(Messages.get("export.title"));
    setHeaderText(Messages.get("export.header"));

    ComboBox<Exporter> format = new ComboBox<>();
    format.setId("export-format");
    format.setAccessibleHelp(Messages.get("a11y.export.format"));
    format.getItems().setAll(form.formats());
    format.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Exporter exporter) {
            return exporter == null ? "" : exporter.displayName();
          }

          @Override
          public Exporter fromString(String text) {
            return null;
          }
        });
    format.valueProperty().bindBidirectional(form.formatProperty());

    ToggleGroup orders = new ToggleGroup();
    VBox orderChoice = new VBox(6);
    for (Side side : Side.values()) {
      RadioButton button = new RadioButton(form.orderName(side));
      button.setId(side == Side.A ? "export-order-a" : "export-order-b");
      button.setAccessibleHelp(Messages.get("a11y.export.order"));
      button.setMnemonicParsing(false);
      button.setWrapText(true);
      button.setUserData(side);
      button.setToggleGroup(orders);
      button.setSelected(form.orderProperty().get() == side);
      orderChoice.getChildren().add(button);
    }
    orders
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                form.orderProperty().set((Side) now.getUserData());
              }
            });

    CheckBox suggestions = new CheckBox(Messages.get("export.suggestions"));
    suggestions.setId("export-suggestions");
    suggestions.setAccessibleHelp(Messages.get("a11y.export.suggestions"));
    suggestions.selectedProperty().bindBidirectional(form.includeSuggestionsProperty());

    ComboBox<CsvRows> rows = new ComboBox<>();
    rows.setId("export-rows");
    rows.setAccessibleHelp(Messages.get("a11y.export.rows"));
    rows.getItems().setAll(CsvRows.ALL, CsvRows.LINKS, CsvRows.TERMS);
    rows.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(CsvRows kind) {
            if (kind == null) {
              return "";
            }
            return switch (kind) {
              case ALL -> Messages.get("export.rows.all");
              case LINKS -> Messages.get("export.rows.links");
              case TERMS -> Messages.get("export.rows.terms");
            };
          }

          @Override
          public CsvRows fromString(String text) {
            return null;
          }
        });
    rows.valueProperty().bindBidirectional(form.csvRowsProperty());
    CheckBox bom = new CheckBox(Messages.get("export.bom"));
    bom.setId("export-bom");
    bom.setAccessibleHelp(Messages.get("a11y.export.bom"));
    bom.selectedProperty().bindBidirectional(form.byteOrderMarkProperty());

    TextField target = new TextField();
    target.setId("export-target");
    target.setAccessibleHelp(Messages.get("a11y.export.target"));
    target.setPrefColumnCount(42);
    target.textProperty().bindBidirectional(form.targetProperty());
    Button browse = new Button(Messages.get("export.browse"));
    browse.setId("export-browse");
    browse.setAccessibleHelp(Messages.get("a11y.export.browse"));
    browse.setOnAction(
        e ->
            desktop
                .chooseExportTarget(
                    getDialogPane().getScene().getWindow(),
                    form.targetPath(),
                    form.formatProperty().get().displayName(),
                    form.formatProperty().get().extension())
                .ifPresent(form::choose));
    browse.setMinWidth(Region.USE_PREF_SIZE);
    HBox targetRow = new HBox(8, target, browse);
    HBox.setHgrow(target, Priority.ALWAYS);

    CheckBox open = new CheckBox(Messages.get("export.open"));
    open.setId("export-open");
    open.setAccessibleHelp(Messages.get("a11y.export.open"));
    open.selectedProperty().bindBidirectional(form.openWhenDoneProperty());

    Label problem = new Label();
    problem.setId("export-problem");
    problem.getStyleClass().add("form-problem");
    problem.textProperty().bind(form.problemProperty());

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(10);
    Label formatLabel = label(Messages.get("export.format"), format);
    Label orderLabel = label(Messages.get("export.order"), orders.getToggles());
    GridPane.setValignment(orderLabel, VPos.TOP);
    Label rowsLabel = label(Messages.get("export.rows"), rows);
    Label targetLabel = label(Messages.get("export.target"), target);
    format.setMaxWidth(Double.MAX_VALUE);
    // Rows come and go with the format and the file name; a hidden row would still leave its gap.
    Runnable arrange =
        () -> {
          grid.getChildren().clear();
          int row = 0;
          grid.addRow(row++, formatLabel, format);
          grid.addRow(row++, orderLabel, orderChoice);
          grid.add(suggestions, 1, row++);
          if (form.rowChoiceShownProperty().get()) {
            grid.addRow(row++, rowsLabel, rows);
            grid.add(bom, 1, row++);
          }
          grid.addRow(row++, targetLabel, targetRow);
          if (!problem.getText().isEmpty()) {
            grid.add(problem, 1, row++);
          }
          grid.add(open, 1, row);
        };
    arrange.run();
    GridPane.setHgrow(targetRow, Priority.ALWAYS);
    grid.setPrefWidth(640);
    getDialogPane().setContent(grid);
    getDialogPane().setId("export-dialog");
    getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
    Styles.dressLike(getDialogPane(), owner);
    for (CheckBox box : List.of(suggestions, bom, open)) {
      mnemonic(box);
    }
    mnemonic(browse.getText(), browse::fire);
    Button go = (Button) getDialogPane().lookupButton(EXPORT);
    go.setId("export-go");
    go.setDefaultButton(true);
    go.disableProperty().bind(form.problemProperty().isNotEmpty());
    ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setCancelButton(true);
    setOnShown(
        e -> {
          target.end();
          format.requestFocus();
          // On the window, so the letters come here before the scene's own mnemonics take them.
          getDialogPane()
              .getScene()
              .getWindow()
              .addEventFilter(KeyEvent.KEY_PRESSED, this::onMnemonic);
        });
    // A dialog keeps the size it opened with; rows that appear (the CSV options, a problem) would
    // push the buttons out of sight.
    form.rowChoiceShownProperty()
        .addListener(
            (obs, was, now) -> {
              arrange.run();
              fitContent();
            });
    problem
        .textProperty()
        .addListener(
            (obs, was, now) -> {
              if (was.isEmpty() != now.isEmpty()) {
                arrange.run();
                fitContent();
              }
            });
    setResultConverter(button -> button == EXPORT ? form.request(clock.instant()) : null);
  }

  /**
   * Alt and the underlined letter: a field's label focuses the field, a check box toggles, a button
   * fires. JavaFX's own mnemonics only move the focus to a check box (and stop answering once one
   * has it), so the dialog handles the letters itself.
   */
  private void mnemonic(String text, Runnable action) {
    int underscore = text.indexOf('_');
    if (underscore < 0 || underscore + 1 >= text.length()) {
      return;
    }
    KeyCode key =
        KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(text.charAt(underscore + 1))));
    if (key != null) {
      mnemonics.put(key, action);
    }
  }

  private void onMnemonic(KeyEvent e) {
    Runnable action =
        e.isAltDown() && !e.isControlDown() && !e.isMetaDown() ? mnemonics.get(e.getCode()) : null;
    if (action != null) {
      action.run();
      e.consume();
    }
  }

  private void mnemonic(CheckBox box) {
    mnemonic(
        box.getText(),
        () -> {
          if (box.getScene() != null && !box.isDisabled()) {
            box.requestFocus();
            box.setSelected(!box.isSelected());
          }
        });
  }

  private void fitContent() {
    Platform.runLater(
        () -> {
          Window window = getDialogPane().getScene().getWindow();
          if (window != null) {
            window.sizeToScene();
          }
        });
  }

  /** A label with a mnemonic that moves the focus to {@code control}, and names it for readers. */
  private Label label(String text, Control control) {
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor(control);
    label.setMinWidth(Region.USE_PREF_SIZE);
    control.setAccessibleText(plain(label.getText()));
    mnemonic(text, control::requestFocus);
    return label;
  }

  /** A label for a group of radio buttons: its mnemonic goes to the one selected. */
  private Label label(String text, List<Toggle> toggles) {
    Toggle selected =
        toggles.stream().filter(Toggle::isSelected).findFirst().orElse(toggles.get(0));
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor((Node) selected);
    label.setMinWidth(Region.USE_PREF_SIZE);
    mnemonic(
        text,
        () ->
            toggles.stream()
                .filter(Toggle::isSelected)
                .findFirst()
                .ifPresent(t -> ((Node) t).requestFocus()));
    return label;
  }

  private static String plain(String withMnemonic) {
    return withMnemonic.replace("_", "").replaceAll(":$", "");
  }
}
