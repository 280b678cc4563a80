package org.parallax.ui.file;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.parallax.store.RecoveryFile;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.support.Action;
import org.parallax.ui.support.DesktopAccess;

/**
 * The window side of files: Save and Save As, the recent-files menu, the prompt before closing with
 * unsaved changes, the offer to restore work after a crash, and the 30-second autosave.
 */
public final class FileCommands {
  static final Duration AUTOSAVE_EVERY = Duration.seconds(30);
  private final FileViewModel files;
  private final DesktopAccess desktop;
  private final Stage stage;
  public final Action save;
  public final Action saveAs;
  public final Action details;

  public FileCommands(FileViewModel files, DesktopAccess desktop, Stage stage) {
    this.files = files;
    this.desktop = desktop;
    this.stage = stage;
    save =
        new Action(
            "save",
            Messages.get("action.save"),
            Messages.get("action.save.tooltip"),
            KeyCombination.keyCombination("Shortcut+S"),
            () -> save(() -> {}),
            files.nothingToSaveProperty());
    saveAs =
        new Action(
            "save-as",
            Messages.get("action.saveAs"),
            "",
            KeyCombination.keyCombination("Shortcut+Shift+S"),
            () -> saveAs(() -> {}),
            files.nothingToSaveProperty());
    details =
        new Action(
            "comparison-details",
            Messages.get("action.comparisonDetails"),
            "",
            null,
            this::editDetails,
            files.nothingToSaveProperty());
  }

  /** Saves to the current file, or asks where when there is none; then runs {@code after}. */
  public void save(Runnable after) {
    Path current = files.fileProperty().get();
    if (current == null) {
      saveAs(after);
    } else {
      files.save(current, after);
    }
  }

  private void saveAs(Runnable after) {
    desktop
        .chooseSaveTarget(stage, files.suggestedFile())
        .ifPresent(target -> files.save(target, after));
  }

  private void editDetails() {
    files
        .details()
        .ifPresent(
            shown ->
                new ComparisonDetailsDialog(stage, shown.title(), shown.annotator())
                    .showAndWait()
                    .ifPresent(d -> files.describe(d.title(), d.annotator())));
  }

  /** A menu of recently opened comparisons that keeps itself up to date. */
  public Menu recentMenu() {
    Menu menu = new Menu(Messages.get("action.recent"));
    menu.setId("menu-recent");
    Runnable rebuild =
        () -> {
          menu.getItems().clear();
          for (Path path : files.recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.open(path));
            menu.getItems().add(item);
          }
          if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("action.recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
          }
        };
    files.recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
    rebuild.run();
    return menu;
  }

  /** "Parallax — name •": the file's name, and a dot while there are unsaved changes. */
  public StringBinding windowTitle() {
    return Bindings.createStringBinding(
        () -> {
          Path file = files.fileProperty().get();
          String name =
              file == null ? Messages.get("title.untitled") : file.getFileName().toString();
          boolean nothing = files.nothingToSaveProperty().get();
          String title = Messages.get("app.title") + (nothing ? "" : " \u2014 " + name);
          return files.unsavedProperty().get() ? title + " \u2022" : title;
        },
        files.fileProperty(),
        files.unsavedProperty(),
        files.nothingToSaveProperty());
  }

  /**
   * Closes the window unless there are unsaved changes the reader wants to keep: asks Save, Don't
   * save or Cancel. Returns whether the window may close now.
   */
  public boolean confirmClose() {
    if (!files.unsavedProperty().get()) {
      return true;
    }
    ButtonType saveButton = new ButtonType(Messages.get("close.save"), ButtonData.YES);
    ButtonType discard = new ButtonType(Messages.get("close.discard"), ButtonData.NO);
    ButtonType cancel = new ButtonType(Messages.get("close.cancel"), ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discard, cancel);
    alert.initOwner(stage);
    Styles.dressLike(alert.getDialogPane(), stage);
    alert.setTitle(Messages.get("close.title"));
    alert.setHeaderText(Messages.get("close.header"));
    alert.setContentText(Messages.get("close.detail"));
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == cancel) {
      return false;
    }
    if (answer.get() == discard) {
      files.deleteRecovery();
      return true;
    }
    save(stage::close);
    return false;
  }

  /**
   * Asks before unsaved links and tags are replaced by a new comparison (another essay opened, the
   * sides swapped, the alignment run again). Returns whether to go ahead.
   */
  public boolean confirmDiscard() {
    // Enter must not throw work away: the safe answer is the default one.
    ButtonType discard = new ButtonType(Messages.get("discard.go"), ButtonData.OTHER);
    ButtonType cancel = new ButtonType(Messages.get("close.cancel"), ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.WARNING, "", discard, cancel);
    alert.initOwner(stage);
    Styles.dressLike(alert.getDialogPane(), stage);
    alert.setTitle(Messages.get("close.title"));
    alert.setHeaderText(Messages.get("discard.header"));
    alert.setContentText(Messages.get("discard.detail"));
    ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    return alert.showAndWait().filter(discard::equals).isPresent();
  }

  /** Offers to restore what a crash left behind, if anything. */
  public void offerRecovery() {
    files.pendingRecovery().ifPresent(this::askToRestore);
  }

  private void askToRestore(RecoveryFile.Recovered recovered) {
    ButtonType restore = new ButtonType(Messages.get("recover.restore"), ButtonData.YES);
    ButtonType discard = new ButtonType(Messages.get("recover.discard"), ButtonData.NO);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
    alert.initOwner(stage);
    Styles.dressLike(alert.getDialogPane(), stage);
    alert.setTitle(Messages.get("recover.title"));
    alert.setHeaderText(Messages.get("recover.header"));
    String when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault())
            .withZone(ZoneId.systemDefault())
            .format(recovered.writtenAt());
    String origin =
        recovered.savedAs().map(p -> Messages.get("recover.of", p.getFileName())).orElse("");
    alert.setContentText(Messages.get("recover.detail", when, origin));
    if (alert.showAndWait().filter(restore::equals).isPresent()) {
      files.restore(recovered);
    } else {
      files.deleteRecovery();
    }
  }

  /** Starts writing the recovery copy every 30 seconds while there are unsaved changes. */
  public Timeline startAutosave() {
    Timeline timeline = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> files.autosave()));
    timeline.setCycleCount(Timeline.INDEFINITE);
    timeline.play();
    return timeline;
  }
}
