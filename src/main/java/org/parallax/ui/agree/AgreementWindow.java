package org.parallax.ui.agree;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.parallax.agreement.Consensus;
import org.parallax.store.ComparisonStore;
import org.parallax.ui.Messages;
import org.parallax.ui.WindowLook;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.Notice;
import org.parallax.ui.tag.TaggingKeys;

/**
 * File → Compare annotators…: a window owned by the main window where the teacher adds students'
 * comparison files, marks the key, reads the agreement table and the disagreements, settles the
 * open pairs by keyboard as in tagging and saves the consensus, which then opens in the main
 * window.
 */
public final class AgreementWindow {
  private final Stage stage = new Stage();
  private final AgreementViewModel viewModel;
  private final DesktopAccess desktop;
  private final Consumer<Path> openInMain;
  private final ListView<Path> fileList = new ListView<>();
  private final TableView<AgreementRows.FigureRow> figures = new TableView<>();
  private final ListView<String> skipped = new ListView<>();
  private final TableView<AgreementRows.PairRow> disagreements = new TableView<>();
  private final TableView<AgreementRows.PairRow> toSettle = new TableView<>();
  private final Label summary = new Label();
  private final Label notice = new Label();
  private final Label openCount = new Label();

  AgreementWindow(
      Stage owner, AgreementViewModel viewModel, DesktopAccess desktop, Consumer<Path> openInMain) {
    this.viewModel = viewModel;
    this.desktop = desktop;
    this.openInMain = openInMain;
    stage.initOwner(owner);
    stage.setTitle(Messages.get("agree.title"));
    BorderPane root = new BorderPane();
    root.setId("agree-window");
    root.setPadding(new Insets(10));
    root.setTop(filesPane());
    root.setCenter(results());
    root.setBottom(bottomBar());
    Scene scene = new Scene(root, 1100, 760);
    stage.setScene(scene);
    WindowLook.follow(stage, owner);
    scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), viewModel::undo);
    scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), viewModel::redo);
    scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), viewModel::redo);
    scene.getAccelerators().put(KeyCombination.keyCombination("Esc"), stage::close);
    stage.setMinWidth(640);
    stage.setMinHeight(480);
    stage.setOnHidden(e -> viewModel.cancel());
    viewModel.comparedProperty().addListener((obs, old, now) -> showComparison());
    viewModel.consensusProperty().addListener((obs, old, now) -> showConsensus());
    viewModel.noticeProperty().addListener((obs, old, now) -> showNotice(now));
  }

  /**
   * The File menu's Compare annotators… item: opens the window (or brings it forward), owned by
   * {@code owner}; a saved consensus is handed to {@code openInMain}; {@code teacher} names the
   * consensus's annotator.
   */
  public static MenuItem menuItem(
      Supplier<Stage> owner,
      DesktopAccess desktop,
      Consumer<Path> openInMain,
      Supplier<String> teacher) {
    MenuItem item = new MenuItem(Messages.get("action.compareAnnotators"));
    item.setId("menu-compare-annotators");
    AgreementWindow[] open = new AgreementWindow[1];
    item.setOnAction(
        e -> {
          if (open[0] == null) {
            AgreementViewModel model =
                new AgreementViewModel(BackgroundRunner.forApp(), new ComparisonStore(), teacher);
            open[0] = new AgreementWindow(owner.get(), model, desktop, openInMain);
          }
          open[0].show();
        });
    return item;
  }

  /** Shows the window and brings it forward. */
  public void show() {
    stage.show();
    stage.toFront();
    fileList.requestFocus();
  }

  public Stage stage() {
    return stage;
  }

  private VBox filesPane() {
    Label heading = new Label(Messages.get("agree.files"));
    heading.setLabelFor(fileList);
    heading.getStyleClass().add("title-4");
    fileList.setId("agree-files");
    fileList.setAccessibleText(Messages.get("agree.files"));
    fileList.setAccessibleHelp(Messages.get("a11y.agree.files"));
    fileList.setItems(viewModel.files());
    fileList.setPrefHeight(130);
    fileList.setPlaceholder(new Label(Messages.get("agree.files.empty")));
    fileList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                    empty || item == null
                        ? null
                        : item.equals(viewModel.keyProperty().get())
                            ? Messages.get("agree.files.key", AgreementViewModel.nameOf(item))
                            : AgreementViewModel.nameOf(item));
              }
            });
    viewModel.keyProperty().addListener((obs, old, now) -> fileList.refresh());
    fileList.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.DELETE) {
            removeSelected();
            e.consume();
          } else if (e.getCode() == KeyCode.K && !e.isShortcutDown()) {
            viewModel.toggleKey(fileList.getSelectionModel().getSelectedItem());
            e.consume();
          }
        });

    Button add =
        button(
            "agree-add", Messages.get("agree.add"), Messages.get("a11y.agree.add"), this::addFiles);
    Button remove =
        button(
            "agree-remove",
            Messages.get("agree.remove"),
            Messages.get("a11y.agree.remove"),
            this::removeSelected);
    remove.disableProperty().bind(fileList.getSelectionModel().selectedItemProperty().isNull());
    Button key =
        button(
            "agree-key",
            Messages.get("agree.key"),
            Messages.get("a11y.agree.key"),
            () -> viewModel.toggleKey(fileList.getSelectionModel().getSelectedItem()));
    key.disableProperty().bind(fileList.getSelectionModel().selectedItemProperty().isNull());
    Button compare =
        button(
            "agree-compare",
            Messages.get("agree.compare"),
            Messages.get("a11y.agree.compare"),
            viewModel::compare);
    // Not the default button: Enter in the To settle list must not compare again and lose the
    // teacher's settlements.
    compare
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !viewModel.mayCompare(), viewModel.files(), viewModel.keyProperty()));
    VBox buttons = new VBox(6, add, remove, key, compare);
    buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
    HBox row = new HBox(8, fileList, buttons);
    HBox.setHgrow(fileList, Priority.ALWAYS);

    ProgressBar bar = new ProgressBar();
    bar.setId("agree-progress");
    bar.setAccessibleText(Messages.get("agree.comparing"));
    bar.progressProperty().bind(viewModel.progressProperty());
    bar.setMaxWidth(Double.MAX_VALUE);
    Button cancel =
        button(
            "agree-cancel",
            Messages.get("file.readingCancel"),
            Messages.get("a11y.agree.cancel"),
            viewModel::cancel);
    HBox progress = new HBox(8, bar, cancel);
    progress.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(bar, Priority.ALWAYS);
    progress.visibleProperty().bind(viewModel.runningProperty());
    progress.managedProperty().bind(viewModel.runningProperty());

    notice.setId("agree-notice");
    notice.setWrapText(true);
    notice.setMinHeight(Region.USE_PREF_SIZE);
    notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    notice.visibleProperty().bind(notice.managedProperty());
    VBox pane = new VBox(6, heading, row, progress, notice);
    pane.setPadding(new Insets(0, 0, 8, 0));
    return pane;
  }

  private TabPane results() {
    summary.setId("agree-summary");
    summary.setWrapText(true);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    figures.setId("agree-figures");
    figures.setAccessibleText(Messages.get("agree.tab.figures"));
    figures.setAccessibleHelp(Messages.get("a11y.agree.figures"));
    figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    figures.setPlaceholder(new Label(Messages.get("agree.figures.empty")));
    figures
        .getColumns()
        .addAll(
            List.of(
                column(Messages.get("agree.col.measure"), AgreementRows.FigureRow::label, 320),
                figure(
                    column(Messages.get("agree.col.linked"), AgreementRows.FigureRow::linked, 140)),
                figure(
                    column(
                        Messages.get("agree.col.relation"),
                        AgreementRows.FigureRow::relation,
                        140))));
    Label skippedHeading = new Label(Messages.get("agree.skippedHeading"));
    skippedHeading.setLabelFor(skipped);
    skipped.setId("agree-skipped");
    skipped.setAccessibleText(Messages.get("agree.skippedHeading"));
    skipped.setAccessibleHelp(Messages.get("a11y.agree.skipped"));
    skipped.setPrefHeight(80);
    skipped.setMinHeight(60);
    VBox skippedPane = new VBox(4, skippedHeading, skipped);
    skippedPane.visibleProperty().bind(Bindings.isNotEmpty(skipped.getItems()));
    skippedPane.setMinHeight(Region.USE_PREF_SIZE);
    skippedPane.managedProperty().bind(skippedPane.visibleProperty());
    VBox agreement = new VBox(8, summary, figures, skippedPane);
    VBox.setVgrow(figures, Priority.ALWAYS);
    agreement.setPadding(new Insets(8));

    pairTable(disagreements, "agree-disagreements", Messages.get("agree.tab.disagreements"));
    disagreements.setAccessibleHelp(Messages.get("a11y.agree.disagreements"));
    disagreements.getColumns().add(1, column(Messages.get("agree.col.split"), r -> r.split(), 64));
    VBox disagreementPane = new VBox(8, new Label(Messages.get("agree.disagreements.hint")));
    disagreementPane.getChildren().add(disagreements);
    VBox.setVgrow(disagreements, Priority.ALWAYS);
    disagreementPane.setPadding(new Insets(8));

    pairTable(toSettle, "agree-open", Messages.get("agree.tab.settle"));
    toSettle.setAccessibleHelp(Messages.get("agree.settle.hint"));
    toSettle.addEventFilter(KeyEvent.KEY_PRESSED, this::settleKey);
    Label hint = new Label(Messages.get("agree.settle.hint"));
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    hint.setLabelFor(toSettle);
    openCount.setId("agree-open-count");
    VBox settlePane = new VBox(8, hint, toSettle, openCount);
    VBox.setVgrow(toSettle, Priority.ALWAYS);
    settlePane.setPadding(new Insets(8));

    TabPane tabs =
        new TabPane(
            tab(Messages.get("agree.tab.figures"), agreement),
            tab(Messages.get("agree.tab.disagreements"), disagreementPane),
            tab(Messages.get("agree.tab.settle"), settlePane));
    tabs.setId("agree-tabs");
    tabs.setAccessibleText(Messages.get("a11y.agree.tabs"));
    tabs.setAccessibleHelp(Messages.get("a11y.agree.tabs.help"));
    return tabs;
  }

  private static Tab tab(String title, VBox content) {
    Tab tab = new Tab(title, content);
    tab.setClosable(false);
    return tab;
  }

  private void pairTable(TableView<AgreementRows.PairRow> table, String id, String name) {
    table.setId(id);
    table.setAccessibleText(name);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(Messages.get("agree.pairs.empty")));
    table
        .getColumns()
        .addAll(
            List.of(
                column(Messages.get("agree.col.pair"), AgreementRows.PairRow::units, 70),
                wrapping(Messages.get("agree.col.claimA"), AgreementRows.PairRow::claimA, 220),
                wrapping(Messages.get("agree.col.claimB"), AgreementRows.PairRow::claimB, 220),
                wrapping(Messages.get("agree.col.votes"), AgreementRows.PairRow::votes, 220),
                wrapping(
                    Messages.get("agree.col.standing"), AgreementRows.PairRow::standing, 160)));
  }

  /** A column whose long words wrap onto more lines, so every claim can be read whole. */
  private static <T> TableColumn<T, String> wrapping(
      String title, Function<T, String> value, double width) {
    TableColumn<T, String> column = column(title, value, width);
    column.setCellFactory(
        c -> {
          Text words = new Text();
          words.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
          TableCell<T, String> cell =
              new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                  super.updateItem(item, empty);
                  words.setText(empty || item == null ? "" : item);
                  setGraphic(empty ? null : words);
                  setAccessibleText(empty ? null : item);
                }
              };
          words.fillProperty().bind(cell.textFillProperty());
          words.fontProperty().bind(cell.fontProperty());
          cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
          return cell;
        });
    return column;
  }

  private static <T> TableColumn<T, String> column(
      String title, Function<T, String> value, double width) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    if (width <= 70) {
      column.setMinWidth(width);
    }
    column.setSortable(false);
    return column;
  }

  /** Figures line up on the right. */
  private static <T> TableColumn<T, String> figure(TableColumn<T, String> column) {
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
    return column;
  }

  private HBox bottomBar() {
    Button undo =
        button(
            "agree-undo",
            Messages.get("action.undo"),
            Messages.get("a11y.agree.undo"),
            viewModel::undo);
    undo.disableProperty().bind(viewModel.canUndoProperty().not());
    Button redo =
        button(
            "agree-redo",
            Messages.get("action.redo"),
            Messages.get("a11y.agree.redo"),
            viewModel::redo);
    redo.disableProperty().bind(viewModel.canRedoProperty().not());
    Button save =
        button(
            "agree-save",
            Messages.get("agree.save"),
            Messages.get("a11y.agree.save"),
            this::saveConsensus);
    save.disableProperty().bind(viewModel.consensusProperty().isNull());
    Button close =
        button(
            "agree-close",
            Messages.get("agree.close"),
            Messages.get("a11y.agree.close"),
            stage::close);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, undo, redo, spacer, save, close);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 0, 0, 0));
    return bar;
  }

  private static Button button(String id, String text, String help, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setAccessibleHelp(help);
    button.setOnAction(e -> action.run());
    return button;
  }

  private void addFiles() {
    viewModel.add(desktop.chooseComparisons(stage, Messages.get("agree.add.title")));
  }

  private void removeSelected() {
    Path selected = fileList.getSelectionModel().getSelectedItem();
    if (selected != null) {
      viewModel.files().remove(selected);
    }
  }

  private void saveConsensus() {
    desktop
        .chooseSaveTarget(stage, viewModel.suggestedTarget())
        .ifPresent(target -> viewModel.save(target, openInMain));
  }

  /**
   * A/C/R/P keep the selected pair with that relation, X or Delete drop it, Backspace unsettles.
   */
  private void settleKey(KeyEvent e) {
    AgreementRows.PairRow row = toSettle.getSelectionModel().getSelectedItem();
    if (row == null || e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    String relation = TaggingKeys.RELATION_KEYS.get(e.getCode());
    if (relation != null) {
      viewModel.keep(row.pair(), relation);
    } else if (e.getCode() == KeyCode.X || e.getCode() == KeyCode.DELETE) {
      viewModel.drop(row.pair());
    } else if (e.getCode() == KeyCode.BACK_SPACE) {
      viewModel.unsettle(row.pair());
    } else {
      return;
    }
    e.consume();
  }

  private void showComparison() {
    summary.setText(viewModel.summary());
    figures.getItems().setAll(viewModel.figures());
    skipped.getItems().setAll(viewModel.skipped());
    showConsensus();
  }

  private void showConsensus() {
    Consensus now = viewModel.consensusProperty().get();
    int selected = toSettle.getSelectionModel().getSelectedIndex();
    disagreements.getItems().setAll(viewModel.disagreements());
    toSettle.getItems().setAll(viewModel.toSettle());
    if (selected >= 0 && selected < toSettle.getItems().size()) {
      toSettle.getSelectionModel().select(selected);
    } else if (!toSettle.getItems().isEmpty()) {
      toSettle.getSelectionModel().selectFirst();
    }
    openCount.setText(now == null ? "" : Messages.get("agree.openCount", viewModel.openCount()));
  }

  private void showNotice(Notice now) {
    notice.setText(now == null ? "" : now.text());
    notice.getStyleClass().remove("danger");
    if (now != null && now.error()) {
      notice.getStyleClass().add("danger");
    }
  }
}
