package org.parallax.ui.agree;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.agreement.Consensus;
import org.parallax.agreement.PairVotes;
import org.parallax.agreement.Settlement;
import org.parallax.agreement.StudentComparison;
import org.parallax.agreement.UnitPair;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;
import org.parallax.store.StoreException;
import org.parallax.task.CancelledException;
import org.parallax.ui.Messages;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.UiProgress;

/**
 * The Compare annotators window's state: the files chosen and the key, the comparison the core
 * computes from them in the background, and the consensus the teacher settles, with undo and redo
 * over the consensus values (each settlement makes a new one). It decides; the window binds.
 */
public final class AgreementViewModel {
  /** Settlements the teacher can undo. */
  private static final int HISTORY = 200;

  private final BackgroundRunner runner;
  private final ComparisonStore store;
  private final Supplier<String> teacher;
  private final ObservableList<Path> files = FXCollections.observableArrayList();
  private final ObjectProperty<Path> key = new SimpleObjectProperty<>(this, "key");
  private final ReadOnlyObjectWrapper<StudentComparison> compared =
      new ReadOnlyObjectWrapper<>(this, "compared");
  private final ReadOnlyObjectWrapper<Consensus> consensus =
      new ReadOnlyObjectWrapper<>(this, "consensus");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final Deque<Consensus> undo = new ArrayDeque<>();
  private final Deque<Consensus> redo = new ArrayDeque<>();
  private UiProgress underWay;

  /**
   * @param runner runs the comparison and the saving off the UI thread
   * @param store writes the consensus, atomically, as the main window saves
   * @param teacher the reader's name, recorded as the consensus's annotator
   */
  public AgreementViewModel(
      BackgroundRunner runner, ComparisonStore store, Supplier<String> teacher) {
    this.runner = runner;
    this.store = store;
    this.teacher = teacher;
    files.addListener(
        (javafx.collections.ListChangeListener<Path>)
            change -> {
              if (key.get() != null && !files.contains(key.get())) {
                key.set(null);
              }
            });
  }

  /** The files chosen, the key among them. */
  public ObservableList<Path> files() {
    return files;
  }

  /** The file marked as the key, or null for none. */
  public ObjectProperty<Path> keyProperty() {
    return key;
  }

  /** Adds {@code chosen}, leaving out files already listed. */
  public void add(List<Path> chosen) {
    for (Path path : chosen) {
      Path normal = path.toAbsolutePath().normalize();
      if (files.stream().noneMatch(f -> f.toAbsolutePath().normalize().equals(normal))) {
        files.add(path);
      }
    }
  }

  /** Marks {@code file} as the key, or unmarks it when it is the key already. */
  public void toggleKey(Path file) {
    key.set(file == null || file.equals(key.get()) ? null : file);
  }

  /** Whether enough files are chosen to compare. */
  public boolean mayCompare() {
    return files.stream().filter(f -> !f.equals(key.get())).count()
        >= StudentComparison.MIN_STUDENTS;
  }

  /**
   * Compares the files in the background, stopping a comparison under way; the consensus and its
   * history start afresh when it is done.
   */
  public void compare() {
    if (!mayCompare()) {
      notice.set(Notice.error(Messages.get("agree.tooFew")));
      return;
    }
    cancelQuietly();
    List<Path> students = new ArrayList<>(files);
    Path keyFile = key.get();
    students.remove(keyFile);
    UiProgress[] self = new UiProgress[1];
    UiProgress work =
        new UiProgress(
            runner,
            fraction -> {
              if (underWay == self[0]) {
                progress.set(fraction);
              }
            });
    self[0] = work;
    underWay = work;
    progress.set(0);
    running.set(true);
    notice.set(Notice.info(Messages.get("agree.comparing")));
    runner.run(
        () -> StudentComparison.compare(students, keyFile, work),
        result -> {
          if (underWay != work) {
            return;
          }
          finish();
          show(result);
        },
        failure -> {
          if (underWay != work) {
            return;
          }
          finish();
          if (!(failure instanceof CancelledException)) {
            notice.set(Notice.error(Messages.get("agree.failed", failure.getMessage())));
          }
        });
  }

  /** Stops the comparison under way; what is shown stays. */
  public void cancel() {
    if (underWay != null) {
      cancelQuietly();
      notice.set(Notice.info(Messages.get("agree.cancelled")));
    }
  }

  private void cancelQuietly() {
    if (underWay != null) {
      underWay.cancel();
      finish();
    }
  }

  private void finish() {
    underWay = null;
    running.set(false);
  }

  private void show(StudentComparison result) {
    undo.clear();
    redo.clear();
    compared.set(result);
    consensus.set(result.consensus());
    updateHistory();
    if (!result.usable()) {
      notice.set(Notice.error(Messages.get("agree.unusable", result.loaded().students().size())));
    } else if (!result.loaded().skipped().isEmpty()) {
      notice.set(Notice.error(Messages.get("agree.someSkipped", result.loaded().skipped().size())));
    } else {
      notice.set(Notice.info(Messages.get("agree.compared", result.report().annotators().size())));
    }
  }

  /** The comparison shown, or null before one is done. */
  public ReadOnlyObjectProperty<StudentComparison> comparedProperty() {
    return compared.getReadOnlyProperty();
  }

  /** The consensus as the teacher has settled it so far, or null. */
  public ReadOnlyObjectProperty<Consensus> consensusProperty() {
    return consensus.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** How far the comparison under way is, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the window says about the last thing done. */
  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** Keeps {@code pair} linked with {@code relation} in the consensus. */
  public void keep(UnitPair pair, String relation) {
    change(
        consensus.get() == null ? null : consensus.get().settle(pair, Settlement.keep(relation)));
  }

  /** Leaves {@code pair} out of the consensus. */
  public void drop(UnitPair pair) {
    change(consensus.get() == null ? null : consensus.get().settle(pair, Settlement.drop()));
  }

  /** Takes back the teacher's word on {@code pair}: the class's votes decide it again. */
  public void unsettle(UnitPair pair) {
    Consensus now = consensus.get();
    if (now != null && now.settlement(pair).isPresent()) {
      change(now.unsettle(pair));
    }
  }

  private void change(Consensus next) {
    if (next == null) {
      return;
    }
    undo.push(consensus.get());
    while (undo.size() > HISTORY) {
      undo.removeLast();
    }
    redo.clear();
    consensus.set(next);
    updateHistory();
  }

  public void undo() {
    if (!undo.isEmpty()) {
      redo.push(consensus.get());
      consensus.set(undo.pop());
      updateHistory();
    }
  }

  public void redo() {
    if (!redo.isEmpty()) {
      undo.push(consensus.get());
      consensus.set(redo.pop());
      updateHistory();
    }
  }

  private void updateHistory() {
    canUndo.set(!undo.isEmpty());
    canRedo.set(!redo.isEmpty());
  }

  /** A file name to suggest for the consensus: next to the first file chosen. */
  public Path suggestedTarget() {
    Path first = files.isEmpty() ? null : files.get(0).toAbsolutePath().getParent();
    Path name = Path.of("consensus" + ComparisonStore.EXTENSION);
    return first == null ? name : first.resolve(name);
  }

  /**
   * Writes the consensus as a new comparison to {@code target} (the extension added when missing),
   * through the store's atomic save; then hands the file to {@code afterSaving}.
   */
  public void save(Path target, Consumer<Path> afterSaving) {
    StudentComparison result = compared.get();
    Consensus now = consensus.get();
    if (result == null || now == null) {
      return;
    }
    String teacherName = teacher.get() == null ? "" : teacher.get().strip();
    Comparison made = now.toComparison(result.consensusTitle(), teacherName, Instant.now());
    Path named = withExtension(target);
    runner.run(
        () -> {
          store.save(made, named);
          return named;
        },
        done -> {
          notice.set(Notice.info(Messages.get("agree.saved", nameOf(done), made.links().size())));
          afterSaving.accept(done);
        },
        failure ->
            notice.set(
                Notice.error(
                    Messages.get(
                        "agree.saveFailed",
                        nameOf(named),
                        failure instanceof StoreException
                            ? failure.getMessage()
                            : String.valueOf(failure)))));
  }

  private static Path withExtension(Path target) {
    String name = nameOf(target);
    if (name.toLowerCase(Locale.ROOT).endsWith(ComparisonStore.EXTENSION)) {
      return target;
    }
    String bare =
        name.toLowerCase(Locale.ROOT).endsWith(".json")
            ? name.substring(0, name.length() - 5)
            : name;
    return target.resolveSibling(bare + ComparisonStore.EXTENSION);
  }

  static String nameOf(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  // What the window shows, worded by AgreementRows.

  /** The agreement table's rows, or none before a usable comparison. */
  public List<AgreementRows.FigureRow> figures() {
    return AgreementRows.figures(compared.get());
  }

  /** Who was compared on how many unit pairs, and the key. */
  public String summary() {
    return AgreementRows.summary(compared.get());
  }

  /** The files left out, each "name: reason". */
  public List<String> skipped() {
    return AgreementRows.skipped(compared.get());
  }

  /** Every pair the class did not decide alike, the most split first. */
  public List<AgreementRows.PairRow> disagreements() {
    Consensus now = consensus.get();
    return now == null ? List.of() : AgreementRows.pairs(compared.get(), now, now.disagreements());
  }

  /**
   * The pairs the teacher settles (ties and minorities), in reading order, settled or not, so a row
   * stays where it is once settled.
   */
  public List<AgreementRows.PairRow> toSettle() {
    Consensus now = consensus.get();
    return now == null
        ? List.of()
        : AgreementRows.pairs(
            compared.get(), now, now.votes().stream().filter(PairVotes::open).toList());
  }

  /** How many pairs are left to settle. */
  public int openCount() {
    Consensus now = consensus.get();
    return now == null ? 0 : now.open().size();
  }
}
