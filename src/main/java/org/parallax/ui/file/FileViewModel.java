package org.parallax.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.store.DocumentReplacement;
import org.parallax.store.LoadedComparison;
import org.parallax.store.RecentFiles;
import org.parallax.store.RecoveryFile;
import org.parallax.store.StoreException;
import org.parallax.tagging.ComparisonNames;
import org.parallax.task.CancelledException;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.Messages;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.UiProgress;
import org.parallax.ui.tag.ComparisonSession;

/**
 * Saving and opening comparison files, recent files and crash recovery. "Unsaved" is derived: the
 * undo history does not stand where it stood at the last save or open. Every write goes through the
 * store's atomic save, so a failure leaves both the file on disk and the work on screen as they
 * were.
 */
public final class FileViewModel {
  private final MainViewModel main;
  private final ComparisonStore store;
  private final RecentFiles recent;
  private final RecoveryFile recovery;
  private final BackgroundRunner runner;
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  // One read-only view, kept: a view made per call listens to the list only weakly and loses
  // the listeners added to it once it is collected.
  private final ObservableList<Path> recentFilesView =
      FXCollections.unmodifiableObservableList(recentFiles);
  private final ObservableList<Orphan> orphans = FXCollections.observableArrayList();
  private final ObservableList<Orphan> orphansView =
      FXCollections.unmodifiableObservableList(orphans);
  private final BooleanBinding unsaved;
  private final BooleanBinding nothingToSave;
  private final Importer importer = new Importer();
  private final DocumentReplacement replacement;
  private LoadedComparison opened;
  private final List<Attachment> attachments = new ArrayList<>();
  private final List<Reimport> reimports = new ArrayList<>();
  private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper readingFraction = new ReadOnlyDoubleWrapper();
  private final BooleanBinding readingUnderWay = reading.isNotNull();
  private final StringBinding readingMessage =
      Bindings.createStringBinding(
          () -> {
            Reading r = reading.get();
            return r == null ? "" : r.message().apply(readingFraction.get());
          },
          reading,
          readingFraction);

  public FileViewModel(
      MainViewModel main,
      ComparisonStore store,
      RecentFiles recent,
      RecoveryFile recovery,
      BackgroundRunner runner) {
    this.main = main;
    this.store = store;
    this.recent = recent;
    this.recovery = recovery;
    this.runner = runner;
    this.replacement = new DocumentReplacement(store);
    ComparisonSession session = main.alignment().session();
    ReadOnlyObjectProperty<Comparison> current = session.currentProperty();
    unsaved = current.isNotNull().and(session.savedProperty().not());
    nothingToSave = current.isNull();
    recentFiles.setAll(recent.load());
    main.setOrphanCheck(() -> !orphans.isEmpty());
    current.addListener(
        (obs, old, now) -> {
          if (now != null && !reimports.isEmpty()) {
            followReimports(now);
          }
          if (now != null && !attachments.isEmpty()) {
            followAttachments(now);
          }
        });
  }

  /** Saves the comparison on screen to {@code target}; then runs {@code afterSaving}. */
  public void save(Path target, Runnable afterSaving) {
    Comparison comparison = main.alignment().comparisonProperty().get();
    if (comparison == null) {
      return;
    }
    LoadedComparison state = stateFor(signed(comparison));
    Path named = withExtension(target);
    runner.run(
        () -> {
          store.save(state, named);
          return named;
        },
        done -> {
          opened = state;
          main.alignment().session().markSaved(comparison);
          file.set(done);
          remember(done);
          deleteRecovery();
          main.noticeProperty().set(Notice.info(Messages.get("file.saved", done.getFileName())));
          afterSaving.run();
        },
        failure -> main.noticeProperty().set(Notice.error(describe(failure))));
  }

  /**
   * Opens the comparison in {@code target}; on failure the comparison on screen stays. Unsaved work
   * is asked about only once the file has proved readable.
   */
  public void open(Path target) {
    String name = nameOf(target);
    UiProgress progress =
        startReading(
            fraction -> Messages.get("file.opening", name, percent(fraction)),
            Messages.get("file.openCancelled", name));
    runner.run(
        () -> store.load(target, progress),
        loaded -> {
          if (!finishReading(progress) || !main.mayReplaceWork()) {
            return;
          }
          show(loaded, target, true);
          remember(target);
          main.noticeProperty().set(Notice.info(loadedMessage(loaded, target)));
        },
        failure -> {
          if (finishReading(progress) && !(failure instanceof CancelledException)) {
            main.noticeProperty().set(Notice.error(describeOpening(failure, target)));
          }
        });
  }

  /**
   * A reading of a file the reader may cancel: how the status bar words its progress, and what it
   * says once cancelled.
   */
  private record Reading(DoubleFunction<String> message, String cancelled, UiProgress progress) {}

  /** Starts a reading, stopping the one under way (whose result will be dropped). */
  private UiProgress startReading(DoubleFunction<String> message, String cancelled) {
    Reading before = reading.get();
    if (before != null) {
      before.progress().cancel();
    }
    Reading[] self = new Reading[1];
    UiProgress progress =
        new UiProgress(
            runner,
            fraction -> {
              if (self[0] != null && reading.get() == self[0]) {
                readingFraction.set(fraction);
              }
            });
    self[0] = new Reading(message, cancelled, progress);
    readingFraction.set(0);
    reading.set(self[0]);
    return progress;
  }

  /** Ends the reading of {@code progress}: whether it was still the one under way. */
  private boolean finishReading(UiProgress progress) {
    Reading r = reading.get();
    if (r == null || r.progress() != progress) {
      return false;
    }
    reading.set(null);
    return true;
  }

  /**
   * The reader stops the opening or re-import under way: what is on screen stays as it was, and the
   * status bar says so.
   */
  public void cancelReading() {
    Reading r = reading.get();
    if (r == null) {
      return;
    }
    r.progress().cancel();
    reading.set(null);
    main.noticeProperty().set(Notice.info(r.cancelled()));
  }

  private static long percent(double fraction) {
    return Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  }

  private static String nameOf(Path target) {
    return target.getFileName() == null ? target.toString() : target.getFileName().toString();
  }

  /** What went wrong opening {@code target}, naming the file unless the message already does. */
  private static String describeOpening(Throwable failure, Path target) {
    String message = describe(failure);
    String name =
        target.getFileName() == null ? target.toString() : target.getFileName().toString();
    return message.contains(name) ? message : Messages.get("file.openFailed", name, message);
  }

  /** Writes the recovery copy when there are unsaved changes; called every 30 seconds. */
  public void autosave() {
    Comparison comparison = main.alignment().comparisonProperty().get();
    if (!unsaved.get()) {
      return;
    }
    LoadedComparison state = stateFor(comparison);
    Path origin = file.get();
    runner.run(
        () -> {
          recovery.write(state, origin);
          return true;
        },
        done -> {},
        failure -> main.noticeProperty().set(Notice.error(describe(failure))));
  }

  /** The work a crash left behind, if any. A damaged recovery file is reported and ignored. */
  public Optional<RecoveryFile.Recovered> pendingRecovery() {
    try {
      return recovery.read();
    } catch (StoreException e) {
      main.noticeProperty().set(Notice.error(Messages.get("file.recoveryDamaged", e.getMessage())));
      return Optional.empty();
    }
  }

  /** Shows recovered work; it stays unsaved until the reader saves it. */
  public void restore(RecoveryFile.Recovered recovered) {
    show(recovered.state(), recovered.savedAs().orElse(null), false);
  }

  /** Forgets the recovery copy: after a clean exit, or when the reader declines to restore. */
  public void deleteRecovery() {
    try {
      recovery.delete();
    } catch (StoreException e) {
      main.noticeProperty().set(Notice.error(e.getMessage()));
    }
  }

  /**
   * Replaces one side's essay with a corrected version read from {@code source}, keeping every
   * claim, link and term: each is re-anchored in the new text, and what cannot be placed becomes an
   * orphan, listed for the reader to attach again. It is one undoable edit: undo puts the old text,
   * its tags and the orphans listed before back. The status bar shows how far it got; Cancel leaves
   * the essay on screen as it was.
   */
  public void reimport(Side side, Path source) {
    Comparison comparison = main.alignment().comparisonProperty().get();
    if (comparison == null) {
      return;
    }
    LoadedComparison state = stateFor(comparison);
    String name = nameOf(source);
    UiProgress progress =
        startReading(
            fraction -> Messages.get("file.reimporting", name, percent(fraction)),
            Messages.get("file.reimportCancelled", name));
    runner.run(
        () -> {
          Document read = importer.importFile(source, true);
          progress.checkCancelled();
          return replacement.replace(state, side, read, progress);
        },
        replaced -> {
          if (!finishReading(progress)) {
            return;
          }
          boolean done =
              main.tagging()
                  .edit(
                      edits ->
                          c -> edits.replaceDocument(c, comparison, side, replaced.comparison()));
          if (done) {
            Comparison after = main.alignment().comparisonProperty().get();
            reimports.add(new Reimport(comparison, opened, after, replaced));
            follow(replaced);
            main.noticeProperty()
                .set(Notice.info(Messages.get("file.reimported", replaced.orphans().size())));
          }
        },
        failure -> {
          if (finishReading(progress) && !(failure instanceof CancelledException)) {
            main.noticeProperty().set(Notice.error(describeAny(failure)));
          }
        });
  }

  /**
   * A re-import: the comparison and file state (orphans, unknown fields) before and after it, so
   * that undoing and redoing it bring back the orphans that went with each.
   */
  private record Reimport(
      Comparison before, LoadedComparison stateBefore, Comparison after, LoadedComparison state) {}

  /** Takes the orphans and file state of {@code state} as those of the comparison on screen. */
  private void follow(LoadedComparison state) {
    opened = state;
    orphans.setAll(state == null ? List.of() : state.orphans());
  }

  /**
   * Records that {@code orphan} was attached by the edit that turned {@code before} into {@code
   * after}: it leaves the list, and comes back if that edit is undone (and leaves again on redo).
   */
  public void attached(Orphan orphan, Comparison before, Comparison after) {
    forgetOrphan(orphan);
    attachments.add(new Attachment(orphan, before, after));
  }

  private record Attachment(Orphan orphan, Comparison before, Comparison after) {}

  /** Puts back the orphans of the state before or after a re-import the reader undid or redid. */
  private void followReimports(Comparison now) {
    for (Reimport r : reimports) {
      if (now.equals(r.before())) {
        follow(r.stateBefore());
      } else if (now.withModified(r.after().modified()).equals(r.after())) {
        follow(r.state());
      }
    }
  }

  /** Puts back or takes away attached orphans as the reader undoes and redoes their attaching. */
  private void followAttachments(Comparison now) {
    for (Attachment a : attachments) {
      if (now.equals(a.before())) {
        if (!orphans.contains(a.orphan())) {
          orphans.add(a.orphan());
          opened = opened == null ? null : opened.withOrphan(a.orphan());
        }
      } else if (now.equals(a.after()) && orphans.contains(a.orphan())) {
        forgetOrphan(a.orphan());
      }
    }
  }

  /** Forgets an orphan: it was attached again by hand, or the reader discarded it. */
  public void forgetOrphan(Orphan orphan) {
    if (opened != null) {
      opened = opened.withoutOrphan(orphan);
    }
    orphans.remove(orphan);
  }

  public ObservableList<Orphan> orphans() {
    return orphansView;
  }

  private void show(LoadedComparison loaded, Path from, boolean saved) {
    attachments.clear();
    reimports.clear();
    opened = loaded;
    orphans.setAll(loaded.orphans());
    main.showComparison(loaded.comparison(), saved);
    file.set(from);
  }

  /**
   * The comparison as the file should have it: a file handed to a class must say what it is, so a
   * comparison without a title gets the one its essays give, and one without an author the reader's
   * name (asked once if not known).
   */
  private Comparison signed(Comparison c) {
    if (!c.title().isBlank() && !c.annotator().isBlank()) {
      return c;
    }
    String annotator = c.annotator().isBlank() ? main.tagging().readerName() : c.annotator();
    return main.tagging()
        .edits()
        .describeComparison(c, ComparisonNames.titleOf(c), annotator)
        .applyTo(c);
  }

  /** The file name Save As proposes: the comparison's own file, or one made from its title. */
  public Path suggestedFile() {
    Path current = file.get();
    if (current != null) {
      return current;
    }
    Comparison c = main.alignment().comparisonProperty().get();
    return Path.of(
        c == null
            ? "comparison" + ComparisonNames.EXTENSION
            : ComparisonNames.fileName(ComparisonNames.titleOf(c)));
  }

  /**
   * The comparison's title and author as the details dialog starts with them: its own, or the title
   * its essays give and the reader's name.
   */
  public Optional<ComparisonDetails> details() {
    Comparison c = main.alignment().comparisonProperty().get();
    if (c == null) {
      return Optional.empty();
    }
    String annotator = c.annotator().isBlank() ? main.tagging().readerName() : c.annotator();
    return Optional.of(new ComparisonDetails(ComparisonNames.titleOf(c), annotator));
  }

  /** A comparison's title and the reader who made it, as the details dialog shows them. */
  public record ComparisonDetails(String title, String annotator) {}

  /** Renames the comparison and sets who made it, as one step Undo takes back. */
  public void describe(String title, String annotator) {
    main.tagging().edit(edits -> c -> edits.describeComparison(c, title, annotator));
  }

  private LoadedComparison stateFor(Comparison comparison) {
    return opened == null ? LoadedComparison.of(comparison) : opened.withComparison(comparison);
  }

  private void remember(Path target) {
    try {
      recentFiles.setAll(recent.add(target.toAbsolutePath()));
    } catch (StoreException e) {
      // The recent-files list is a convenience; failing to update it must not fail the save.
      recentFiles.setAll(recent.load());
    }
  }

  private static String loadedMessage(LoadedComparison loaded, Path target) {
    int orphans = loaded.orphans().size();
    List<String> notices = loaded.notices();
    String opened = Messages.get("file.opened", target.getFileName());
    String extra = orphans == 0 ? "" : " " + Messages.get("file.orphans", orphans);
    return opened + extra + (notices.isEmpty() ? "" : " " + String.join(" ", notices));
  }

  private static String describeAny(Throwable failure) {
    return failure instanceof ImportException ? failure.getMessage() : describe(failure);
  }

  private static String describe(Throwable failure) {
    if (failure instanceof StoreException) {
      return failure.getMessage();
    }
    String detail =
        failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return Messages.get("file.unexpected", detail);
  }

  /** Adds {@code .parallax.json} unless the name already ends with {@code .json}. */
  static Path withExtension(Path target) {
    String name = target.getFileName().toString();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
        ? target
        : target.resolveSibling(name + ComparisonStore.EXTENSION);
  }

  /** Whether a comparison is being opened or an essay re-imported, which the reader may cancel. */
  public BooleanBinding readingProperty() {
    return readingUnderWay;
  }

  /** What is being read and how far it got, e.g. "Opening x.parallax.json… 40 %"; or empty. */
  public StringBinding readingMessageProperty() {
    return readingMessage;
  }

  public BooleanBinding unsavedProperty() {
    return unsaved;
  }

  public BooleanBinding nothingToSaveProperty() {
    return nothingToSave;
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public ObservableList<Path> recentFiles() {
    return recentFilesView;
  }
}
