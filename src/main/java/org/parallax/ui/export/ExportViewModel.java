package org.parallax.ui.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.parallax.export.Exporter;
import org.parallax.model.Comparison;
import org.parallax.store.OutputFile;
import org.parallax.store.StoreException;
import org.parallax.task.CancelledException;
import org.parallax.ui.Messages;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.ExportSettings;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.support.UiProgress;

/**
 * Exports the comparison on screen, unsaved edits included: the exporter writes in the background,
 * reporting to the status bar and stopping when the reader cancels; the file is then replaced
 * through the store's atomic path, so a failure or a cancel leaves no file, or the old one intact.
 * Afterwards a notice says where it went, and the file opens in the desktop's viewer if asked.
 */
public final class ExportViewModel {
  private final ObservableValue<Comparison> comparison;
  private final Supplier<Path> comparisonFile;
  private final List<Exporter> formats;
  private final BackgroundRunner runner;
  private final Consumer<Notice> notices;
  private final SettingsStore settings;
  private final DesktopAccess desktop;
  private final Clock clock;

  /** A progress bar's value while the format does not say how far it got. */
  private static final double UNKNOWN = -1;

  private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
  private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");
  private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
  private final BooleanBinding running = run.isNotNull();
  private final StringBinding message =
      Bindings.createStringBinding(
          () -> {
            Run r = run.get();
            if (r == null) {
              return "";
            }
            String name = nameOf(r.request().target());
            return cancelling.get()
                ? Messages.get("export.cancelling", name)
                : Messages.get("export.running", name);
          },
          run,
          cancelling);

  /**
   * @param comparison the comparison on screen, or null
   * @param comparisonFile the file it was opened from or saved to, or null
   * @param formats the formats to offer
   */
  public ExportViewModel(
      ObservableValue<Comparison> comparison,
      Supplier<Path> comparisonFile,
      List<Exporter> formats,
      BackgroundRunner runner,
      Consumer<Notice> notices,
      SettingsStore settings,
      DesktopAccess desktop,
      Clock clock) {
    this.comparison = comparison;
    this.comparisonFile = comparisonFile;
    this.formats = List.copyOf(formats);
    this.runner = runner;
    this.notices = notices;
    this.settings = settings;
    this.desktop = desktop;
    this.clock = clock;
  }

  /** An export under way: what was asked and the progress its Cancel flips. */
  private record Run(ExportRequest request, UiProgress progress) {}

  /**
   * The dialog's choices for the comparison on screen, starting from the last export's; empty when
   * no comparison is shown.
   */
  public Optional<ExportForm> form() {
    Comparison shown = comparison.getValue();
    if (shown == null) {
      return Optional.empty();
    }
    Path file = comparisonFile.get();
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    Path fallback = parent != null ? parent : Path.of(System.getProperty("user.home"));
    return Optional.of(new ExportForm(shown, formats, settings.loadExport(), fallback, file));
  }

  /** Exports the comparison on screen as {@code request} asks, unless an export is under way. */
  public void start(ExportRequest request) {
    Comparison shown = comparison.getValue();
    if (shown == null || running.get()) {
      return;
    }
    Path target = request.target();
    settings.saveExport(
        new ExportSettings(
            target.getParent() == null ? "" : target.getParent().toString(),
            request.format().id(),
            request.openWhenDone()));
    Run[] self = new Run[1];
    UiProgress progress =
        new UiProgress(
            runner,
            done -> {
              if (run.get() == self[0]) {
                fraction.set(done);
              }
            });
    self[0] = new Run(request, progress);
    fraction.set(UNKNOWN);
    cancelling.set(false);
    run.set(self[0]);
    runner.run(
        () -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          request.format().write(shown, request.options(), bytes, progress);
          progress.checkCancelled();
          OutputFile.write(target, bytes.toByteArray());
          return target;
        },
        written -> {
          run.set(null);
          notices.accept(
              Notice.info(Messages.get("export.done", nameOf(written), folderOf(written))));
          if (request.openWhenDone()) {
            open(written);
          }
        },
        failure -> {
          run.set(null);
          notices.accept(describe(failure, target));
        });
  }

  /** Asks the export under way to stop; it leaves nothing behind (or the old file as it was). */
  public void cancel() {
    Run r = run.get();
    if (r != null && !r.progress().isCancelled()) {
      r.progress().cancel();
      cancelling.set(true);
    }
  }

  private void open(Path written) {
    runner.run(
        () -> {
          desktop.openInViewer(written);
          return written;
        },
        opened -> {},
        failure ->
            notices.accept(
                Notice.info(Messages.get("export.notOpened", nameOf(written), folderOf(written)))));
  }

  private static Notice describe(Throwable failure, Path target) {
    if (failure instanceof CancelledException) {
      return Notice.info(Messages.get("export.cancelled", nameOf(target)));
    }
    if (failure instanceof StoreException) {
      return Notice.error(failure.getMessage());
    }
    String detail =
        failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return Notice.error(Messages.get("export.failed", nameOf(target), detail));
  }

  private static String nameOf(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private static String folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? "" : parent.toString();
  }

  /** Whether an export is under way (the command waits for it to finish). */
  public BooleanBinding runningProperty() {
    return running;
  }

  /** "Exporting handout.html…" while an export runs, else empty. */
  public StringBinding messageProperty() {
    return message;
  }

  /** How far the export under way got, 0 to 1, or -1 while the format does not say. */
  public ReadOnlyDoubleProperty progressProperty() {
    return fraction.getReadOnlyProperty();
  }
}
