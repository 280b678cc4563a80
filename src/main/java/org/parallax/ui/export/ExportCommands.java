package org.parallax.ui.export;

import java.time.Clock;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.parallax.ui.Messages;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;

/**
 * The window side of exporting: the File → Export… command (Ctrl+E), which opens the dialog and
 * starts the export it asks for, and the status bar's progress and Cancel while it runs.
 */
public final class ExportCommands {
  private final ExportViewModel exports;
  private final DesktopAccess desktop;
  private final Clock clock;
  private final Window owner;
  public final Action export;

  /**
   * @param nothingToExport true while no comparison is open
   */
  public ExportCommands(
      ExportViewModel exports,
      DesktopAccess desktop,
      Clock clock,
      Window owner,
      ObservableBooleanValue nothingToExport) {
    this.exports = exports;
    this.desktop = desktop;
    this.clock = clock;
    this.owner = owner;
    export =
        new Action(
            "export",
            Messages.get("action.export"),
            Messages.get("action.export.tooltip"),
            KeyCombination.keyCombination("Shortcut+E"),
            this::ask,
            exports.runningProperty().or(nothingToExport));
  }

  private void ask() {
    exports
        .form()
        .flatMap(form -> new ExportDialog(owner, form, desktop, clock).showAndWait())
        .ifPresent(exports::start);
  }

  /** While an export runs: what is written, how far it got, and Cancel. */
  public List<Node> statusControls() {
    Label running = new Label();
    running.setId("export-running");
    running.textProperty().bind(exports.messageProperty());
    ProgressBar bar = new ProgressBar();
    bar.setId("export-progress");
    bar.progressProperty().bind(exports.progressProperty());
    Button cancel = new Button(Messages.get("export.cancel"));
    cancel.setId("export-cancel");
    cancel.setAccessibleHelp(Messages.get("a11y.cancel.export"));
    cancel.setOnAction(e -> exports.cancel());
    for (Region node : List.of(running, bar, cancel)) {
      node.setMinWidth(Region.USE_PREF_SIZE);
      node.visibleProperty().bind(exports.runningProperty());
      node.managedProperty().bind(node.visibleProperty());
    }
    return List.of(running, bar, cancel);
  }
}
