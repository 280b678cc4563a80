package org.parallax.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.segment.TextCounts;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.file.FileViewModel;

/** Word and sentence counts per side, and what the app is busy with. */
final class StatusBar extends HBox {
  private final MainViewModel viewModel;
  private final Label leftCounts = new Label();
  private final Label rightCounts = new Label();
  private final Label busy = new Label();
  private final Label message = new Label();

  /** How far the essay being opened has been read; moving to and fro until the first report. */
  private final ProgressBar loadingBar = new ProgressBar();

  private final Label alignmentSummary = new Label();

  StatusBar(MainViewModel viewModel, FileViewModel files) {
    this.viewModel = viewModel;
    getStyleClass().add(Styles.STATUS_BAR);
    leftCounts.setId("status-left");
    rightCounts.setId("status-right");
    busy.setId("status-busy");
    loadingBar.setId("loading-progress");
    loadingBar.getStyleClass().add(Styles.LOADING_PROGRESS);
    loadingBar.progressProperty().bind(viewModel.loadingProgressProperty());
    loadingBar.setMinWidth(Region.USE_PREF_SIZE);
    loadingBar.visibleProperty().bind(viewModel.busyProperty());
    loadingBar.managedProperty().bind(loadingBar.visibleProperty());
    busy.textProperty().bind(viewModel.busyMessageProperty());
    message.setId("status-message");
    viewModel
        .noticeProperty()
        .addListener((obs, old, notice) -> message.setText(notice == null ? "" : notice.text()));
    message.visibleProperty().bind(viewModel.busyProperty().or(files.readingProperty()).not());
    // The counts keep their words; long notices give way, and show in full on hover.
    leftCounts.setMinWidth(Region.USE_PREF_SIZE);
    rightCounts.setMinWidth(Region.USE_PREF_SIZE);
    for (Label shrinking : List.of(message, alignmentSummary)) {
      Tooltip full = new Tooltip();
      full.textProperty().bind(shrinking.textProperty());
      shrinking.setTooltip(full);
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button stopLoading = new Button(Messages.get("status.loadingCancel"));
    stopLoading.setId("loading-cancel");
    stopLoading.setAccessibleHelp(Messages.get("a11y.cancel.loading"));
    stopLoading.setOnAction(e -> viewModel.cancelLoading());
    stopLoading.setMinWidth(Region.USE_PREF_SIZE);
    stopLoading.visibleProperty().bind(viewModel.busyProperty());
    stopLoading.managedProperty().bind(stopLoading.visibleProperty());
    getChildren()
        .addAll(
            leftCounts,
            rightCounts,
            alignmentSummary,
            spacer,
            message,
            loadingBar,
            busy,
            stopLoading);
    getChildren().addAll(readingControls(files));
    getChildren().addAll(alignmentControls());
    for (Side side : Side.values()) {
      viewModel.side(side).documentProperty().addListener((obs, o, n) -> refresh());
      viewModel.side(side).countsProperty().addListener((obs, o, n) -> refresh());
    }
    refresh();
  }

  /** While a comparison opens or an essay is re-imported: how far it got, and Cancel. */
  private static List<Node> readingControls(FileViewModel files) {
    Label reading = new Label();
    reading.setId("status-reading");
    reading.textProperty().bind(files.readingMessageProperty());
    Button cancel = new Button(Messages.get("file.readingCancel"));
    cancel.setId("reading-cancel");
    cancel.setAccessibleHelp(Messages.get("a11y.cancel.reading"));
    cancel.setOnAction(e -> files.cancelReading());
    reading.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    for (Node node : List.of(reading, cancel)) {
      node.visibleProperty().bind(files.readingProperty());
      node.managedProperty().bind(node.visibleProperty());
    }
    return List.of(reading, cancel);
  }

  private List<Node> alignmentControls() {
    AlignmentViewModel alignment = viewModel.alignment();
    Label running = new Label(Messages.get("align.running"));
    ProgressBar bar = new ProgressBar();
    bar.getStyleClass().add(Styles.ALIGN_PROGRESS);
    bar.setId("align-progress");
    bar.progressProperty().bind(alignment.progressProperty());
    Button cancel = new Button(Messages.get("align.cancel"));
    cancel.setId("align-cancel");
    cancel.setAccessibleHelp(Messages.get("a11y.cancel.align"));
    cancel.setOnAction(e -> alignment.stop());
    // While a run shows, the counts and messages give way; the run's own controls keep their size.
    running.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    bar.setMinWidth(Region.USE_PREF_SIZE);
    for (Node node : List.of(running, bar, cancel)) {
      node.visibleProperty().bind(alignment.runningProperty());
      node.managedProperty().bind(node.visibleProperty());
    }
    alignmentSummary.setId("status-alignment");
    alignment.comparisonProperty().addListener((obs, o, n) -> refreshAlignment());
    alignment.notices().addListener((ListChangeListener<String>) c -> refreshAlignment());
    return List.of(running, bar, cancel);
  }

  private void refreshAlignment() {
    AlignmentViewModel alignment = viewModel.alignment();
    Comparison comparison = alignment.comparisonProperty().get();
    StringBuilder text = new StringBuilder();
    if (comparison != null) {
      text.append(
          Messages.get(
              "align.summary",
              comparison.links().size(),
              comparison.links().stream().filter(l -> l.status() == LinkStatus.CONFIRMED).count(),
              comparison.claims(Side.A).size(),
              comparison.claims(Side.B).size()));
    }
    for (String notice : alignment.notices()) {
      text.append(text.length() == 0 ? "" : " \u00b7 ").append(notice);
    }
    alignmentSummary.setText(text.toString());
  }

  private void refresh() {
    leftCounts.setText(describe(Side.A, Messages.get("side.left")));
    rightCounts.setText(describe(Side.B, Messages.get("side.right")));
  }

  private String describe(Side side, String name) {
    SideModel model = viewModel.side(side);
    if (model.isEmpty()) {
      return Messages.get("status.countsEmpty", capitalised(name));
    }
    TextCounts counts = model.counts();
    if (counts == null) {
      return Messages.get("status.counting", capitalised(name));
    }
    return Messages.get("status.counts", capitalised(name), counts.words(), counts.sentences());
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
