package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parallax.ingest.BundledSeed;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.ingest.RawText;
import org.parallax.ingest.SourceFormat;
import org.parallax.ingest.SourceReader;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.TextCounts;
import org.parallax.tagging.TermOccurrences;
import org.parallax.task.Progress;
import org.parallax.ui.align.AlignmentChoices;
import org.parallax.ui.align.AlignmentSetup;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.UiProgress;
import org.parallax.ui.support.WindowSettings;
import org.parallax.ui.tag.ComparisonSession;
import org.parallax.ui.tag.DistinctiveWordsViewModel;
import org.parallax.ui.tag.TaggingViewModel;

/**
 * What the reading window shows and what its commands do, without any nodes: the two sides, reading
 * preferences, the busy state and messages for the reader. Reading and cleaning run on the {@link
 * BackgroundRunner}; a failure leaves both sides exactly as they were.
 */
public final class MainViewModel {
  private final SideModel left = new SideModel();
  private final SideModel right = new SideModel();
  private final SourceReader reader;
  private final Importer importer;
  private final BackgroundRunner runner;
  private final AlignmentViewModel alignment;
  private final TaggingViewModel tagging;
  private final DistinctiveWordsViewModel words;
  private final BooleanProperty blindspots = new SimpleBooleanProperty(this, "blindspots");
  private final BooleanProperty sidePanel = new SimpleBooleanProperty(this, "sidePanel", true);
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
  private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper(this, "busy", "");
  private final BooleanBinding busy = busyMessage.isNotEmpty();

  /** The progress of a load before its first report, as a progress bar shows "working". */
  private static final double UNKNOWN_PROGRESS = -1;

  private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", 15);

  /** The window's font size over the essays' (AtlantaFX's 14px beside the default 15px). */
  private static final double UI_SHARE = 14 / 15.0;

  private final BooleanProperty linkedScrolling = new SimpleBooleanProperty(this, "linked", true);
  private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
  private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
  private final ObjectBinding<Theme.Look> look =
      Bindings.createObjectBinding(
          () -> highContrast.get() ? Theme.Look.HIGH_CONTRAST : Theme.Look.of(dark.get()),
          dark,
          highContrast);
  private final BooleanProperty onlySelectedRibbons =
      new SimpleBooleanProperty(this, "onlySelectedRibbons", false);
  private RawText seedRaw;
  private UiProgress loading;

  /** How far the essay being opened has been read, 0 to 1; -1 while nobody knows yet. */
  private final DoubleProperty loadingProgress =
      new SimpleDoubleProperty(this, "loadingProgress", UNKNOWN_PROGRESS);

  private String loadingName = "";
  private BooleanSupplier discardCheck = () -> true;
  private BooleanSupplier holdsOrphans = () -> false;
  private final BooleanBinding bothLoaded =
      left.documentProperty().isNotNull().and(right.documentProperty().isNotNull());

  public MainViewModel(
      SourceReader reader, Cleaner cleaner, BackgroundRunner runner, AlignmentViewModel alignment) {
    this.reader = reader;
    this.importer = new Importer(reader, cleaner);
    this.runner = runner;
    this.alignment = alignment;
    this.tagging =
        new TaggingViewModel(
            alignment.session(), alignment, runner, alignment.clock(), notice::set);
    this.words = new DistinctiveWordsViewModel(tagging, runner);
    alignment.session().currentProperty().addListener((obs, old, now) -> followSides(now));
    alignment.session().currentProperty().addListener((obs, old, now) -> followTexts(old, now));
    alignment.session().currentProperty().addListener((obs, old, now) -> followDetails(now));
    alignment.session().currentProperty().addListener((obs, old, now) -> prepareSearch(old, now));
    // A message is about the moment it was given: once the reader edits, "Select the words
    // first" or "Saved" no longer holds, and the status bar lets it go.
    alignment
        .session()
        .currentProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null && now != null) {
                notice.set(null);
              }
            });
  }

  /**
   * Sets an essay's title, authors ("Ani Petrosyan, Tigran Sargsyan": names separated by commas,
   * semicolons or "and") and perspective label ("Armenian perspective"): an undoable edit once the
   * essays are aligned, a plain change before.
   */
  public void describe(Side side, String title, String authors, String perspective) {
    List<String> names = authorNames(authors);
    if (alignment.session().comparison().isPresent()) {
      tagging.edit(edits -> c -> edits.describeDocument(c, side, title, names, perspective));
    } else if (!side(side).isEmpty()) {
      Document document = side(side).document();
      side(side)
          .showDetails(
              document.withMetadata(
                  document
                      .metadata()
                      .withTitle(title.strip())
                      .withAuthors(names)
                      .withPerspective(perspective.strip())));
    }
  }

  /** The names in a list as a reader types it: "A, B and C" or "A; B". */
  static List<String> authorNames(String typed) {
    return java.util.Arrays.stream(typed.split("\\s*(?:[,;]|\\band\\b)\\s*"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /**
   * Gets newly shown essays ready for the occurrence search in the background: the first term
   * tagged in a book-length pair otherwise waited for it on the FX thread.
   */
  private void prepareSearch(Comparison old, Comparison now) {
    if (now != null && (old == null || old.a() != now.a() || old.b() != now.b())) {
      runner.run(() -> TermOccurrences.prepare(now), ready -> {}, failure -> {});
    }
  }

  /** Keeps each side showing the comparison's own document after its details were edited. */
  private void followDetails(Comparison now) {
    if (now == null) {
      return;
    }
    for (Side side : Side.values()) {
      Document shown = side(side).document();
      Document current = now.document(side);
      if (shown != null && shown != current && shown.text().equals(current.text())) {
        side(side).showDetails(current);
      }
    }
  }

  /** Shows the bundled seed essay on the left. Fast enough to run while the window opens. */
  public void showBundledSeed() {
    seedRaw = BundledSeed.raw();
    left.show(seedRaw, true, new Cleaner().clean(seedRaw));
    count(left);
    documentsChanged();
  }

  /**
   * Reads {@code file} in the background and shows it on {@code side} if it can be read. Unsaved
   * work is asked about only once the file has proved readable.
   */
  public void openFile(Side side, Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    load(side, name, progress -> reader.read(file, progress));
  }

  /** Uses pasted text as the counterpart, on the right. */
  public void paste(String clipboardText) {
    if (clipboardText == null || clipboardText.isBlank()) {
      notice.set(Notice.error(Messages.get("error.clipboardEmpty")));
      return;
    }
    load(
        Side.B,
        Messages.get("action.paste").toLowerCase(),
        progress -> reader.fromClipboard(clipboardText),
        true,
        true,
        Messages.get("status.pasted"));
  }

  /** Switches cleaning on or off for {@code side}, re-deriving its document from the raw text. */
  public void setCleaning(Side side, boolean clean) {
    SideModel model = side(side);
    RawText raw = model.raw();
    if (raw == null || model.isCleaning() == clean || !mayReplaceWork()) {
      return;
    }
    load(
        side,
        raw.sourceName(),
        progress -> raw,
        clean,
        false,
        Messages.get("status.loaded", raw.sourceName()));
  }

  /**
   * Shows the left essay on the right and the right one on the left. The comparison on screen goes
   * with them, every link, note and tag kept, as one undoable edit ({@link
   * org.parallax.model.SidesSwapped}). Without a comparison of these essays (one side empty,
   * alignment still running) the sides just change places and are aligned again.
   */
  public void swapSides() {
    boolean keepComparison = showsComparisonOfSides();
    if (keepComparison && holdsOrphans.getAsBoolean()) {
      notice.set(Notice.error(Messages.get("swap.orphans")));
      return;
    }
    if (keepComparison) {
      // An undoable edit of the comparison; the sides follow it (followSides), on undo too.
      tagging.edit(edits -> c -> edits.swapSides(c));
      return;
    }
    if (!mayReplaceWork()) {
      return;
    }
    swapSideModels();
    documentsChanged();
  }

  private void swapSideModels() {
    SideModel held = new SideModel();
    held.copyFrom(left);
    left.copyFrom(right);
    right.copyFrom(held);
  }

  /**
   * Keeps the essays on the sides where the comparison has them: after a swap, and after undoing or
   * redoing one, the comparison's left essay is the one shown on the right until the sides change
   * places too.
   */
  private void followSides(Comparison now) {
    if (now == null || left.isEmpty() || right.isEmpty()) {
      return;
    }
    String shownLeft = left.document().text();
    String shownRight = right.document().text();
    if (!shownLeft.equals(shownRight)
        && now.a().text().equals(shownRight)
        && now.b().text().equals(shownLeft)) {
      swapSideModels();
    }
  }

  /**
   * Shows a side's new text when an edit of the comparison on screen brought one: a re-import, and
   * undoing or redoing it. Only when the sides showed the comparison before the edit: while a new
   * essay is being aligned, the comparison still on screen is an older one, and must not bring its
   * text back.
   */
  private void followTexts(Comparison old, Comparison now) {
    if (old == null || now == null || left.isEmpty() || right.isEmpty()) {
      return;
    }
    for (Side side : Side.values()) {
      if (!side(side).document().text().equals(old.document(side).text())) {
        return;
      }
    }
    for (Side side : Side.values()) {
      Document document = now.document(side);
      if (!document.text().equals(old.document(side).text())) {
        side(side)
            .showSaved(
                new RawText(
                    document.text(),
                    SourceFormat.PLAIN_TEXT,
                    document.metadata().title(),
                    document.metadata()),
                document);
        count(side(side));
      }
    }
  }

  /**
   * Tells whether the comparison on screen keeps tags that lost their place (orphans), which a swap
   * could not carry over.
   */
  public void setOrphanCheck(BooleanSupplier check) {
    this.holdsOrphans = check;
  }

  /**
   * Shows a comparison opened from a file: its two documents and its claims and links as they were
   * saved, without aligning again.
   */
  public void showComparison(Comparison comparison, boolean saved) {
    alignment.cancel();
    for (Side side : Side.values()) {
      Document document = comparison.document(side);
      RawText raw =
          new RawText(
              document.text(),
              SourceFormat.PLAIN_TEXT,
              document.metadata().title(),
              document.metadata());
      side(side).showSaved(raw, document);
      count(side(side));
    }
    alignment.show(comparison, saved);
  }

  /** Re-aligns when both sides hold an essay; forgets the alignment when one is missing. */
  private void documentsChanged() {
    if (left.isEmpty() || right.isEmpty()) {
      alignment.clear();
    } else {
      alignment.align(left.document(), right.document());
    }
  }

  /**
   * Whether the comparison on screen may be replaced: yes when it holds no unsaved work of the
   * reader's, otherwise only if the discard check (a question in the window) says so.
   */
  public boolean mayReplaceWork() {
    ComparisonSession session = alignment.session();
    boolean readersWork =
        session.canUndoProperty().get()
            || session.comparison().map(Comparison::holdsReadersWork).orElse(false);
    boolean unsavedEdits = readersWork && !session.savedProperty().get();
    return !unsavedEdits || discardCheck.getAsBoolean();
  }

  /** Sets the question asked before unsaved edits would be replaced by a new comparison. */
  public void setDiscardCheck(BooleanSupplier check) {
    this.discardCheck = check;
  }

  /** True while both sides hold an essay. */
  public BooleanBinding bothLoadedProperty() {
    return bothLoaded;
  }

  /**
   * Aligns the two essays again. When the comparison on screen is of these two essays, only its
   * untouched suggestions are replaced (as one undoable edit), so the reader's links, claim edits
   * and terms stay; otherwise (say, after a cancelled first run) the essays are aligned afresh.
   */
  public void realign() {
    if (showsComparisonOfSides()) {
      alignment.suggestAgain(fresh -> tagging.edit(edits -> c -> edits.suggestAgain(c, fresh)));
    } else if (mayReplaceWork()) {
      documentsChanged();
    }
  }

  /**
   * Aligns with the reader's new settings from now on and, with both essays open, aligns again
   * (keeping the reader's links, as {@link #realign} does).
   */
  public void chooseAlignment(AlignmentSetup setup, AlignmentChoices chosen) {
    setup
        .choose(chosen, alignment)
        .ifPresent(
            problem -> notice.set(Notice.error(Messages.get("alignSettings.saveFailed", problem))));
    if (bothLoaded.get()) {
      realign();
    }
  }

  private boolean showsComparisonOfSides() {
    return !left.isEmpty()
        && !right.isEmpty()
        && alignment
            .session()
            .comparison()
            .filter(c -> c.a().text().equals(left.document().text()))
            .filter(c -> c.b().text().equals(right.document().text()))
            .isPresent();
  }

  public void fontBigger() {
    fontSize.set(Math.min(WindowSettings.MAX_FONT, fontSize.get() + 1));
  }

  public void fontSmaller() {
    fontSize.set(Math.max(WindowSettings.MIN_FONT, fontSize.get() - 1));
  }

  private void load(Side side, String name, ReadStep read) {
    load(
        side,
        name,
        read,
        side(side).isEmpty() || side(side).isCleaning(),
        true,
        Messages.get("status.loaded", name));
  }

  /**
   * Reads and cleans in the background, then shows the result and says {@code done}; with {@code
   * ask}, only if the reader's work may be replaced (asked once the text has proved readable).
   */
  private void load(
      Side side, String name, ReadStep read, boolean clean, boolean ask, String done) {
    if (loading != null) {
      loading.cancel();
    }
    UiProgress[] awaited = new UiProgress[1];
    UiProgress progress =
        new UiProgress(
            runner,
            fraction -> {
              if (loading == awaited[0]) {
                loadingProgress.set(fraction);
              }
            });
    awaited[0] = progress;
    loading = progress;
    loadingName = name;
    loadingProgress.set(UNKNOWN_PROGRESS);
    busyMessage.set(Messages.get("status.loading", name));
    runner.run(
        () -> {
          // Reading the bytes and decoding them, then counting the words and cleaning, take about
          // the same time for a text of 20 MB (docs/limits.md).
          RawText raw = read.read(progress.span(0, 0.4));
          progress.checkCancelled();
          Document document = importer.finish(raw, clean, progress.span(0.4, 0.9));
          progress.checkCancelled();
          TextCounts counts = TextCounts.of(document);
          progress.report(1, "");
          return new Loaded(raw, document, counts);
        },
        loaded -> {
          if (!finishedLoading(progress)) {
            return;
          }
          if (ask && !mayReplaceWork()) {
            return;
          }
          side(side).show(loaded.raw(), clean, loaded.document());
          side(side).counted(loaded.document(), loaded.counts());
          documentsChanged();
          notice.set(Notice.info(done));
        },
        failure -> {
          if (finishedLoading(progress)) {
            notice.set(Notice.error(describe(failure, name)));
          }
        });
  }

  /**
   * Stops reading the essay being opened: the window is free at once and both sides stay as they
   * were; the reading thread's result, when it comes, is dropped.
   */
  public void cancelLoading() {
    if (loading == null) {
      return;
    }
    loading.cancel();
    loading = null;
    loadingProgress.set(UNKNOWN_PROGRESS);
    busyMessage.set("");
    notice.set(Notice.info(Messages.get("status.loadingCancelled", loadingName)));
  }

  /** Whether {@code progress} is the load still awaited (not cancelled nor replaced); ends it. */
  private boolean finishedLoading(UiProgress progress) {
    if (progress != loading || progress.isCancelled()) {
      return false;
    }
    loading = null;
    loadingProgress.set(UNKNOWN_PROGRESS);
    busyMessage.set("");
    return true;
  }

  static String describe(Throwable failure, String name) {
    if (failure instanceof ImportException) {
      return failure.getMessage();
    }
    if (failure instanceof VirtualMachineError) {
      return Messages.get("error.tooHeavy", name);
    }
    String detail =
        Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName());
    return Messages.get("error.unexpected", name, detail);
  }

  public AlignmentViewModel alignment() {
    return alignment;
  }

  public TaggingViewModel tagging() {
    return tagging;
  }

  /** The Words tab: the words each essay prefers, and the one picked there. */
  public DistinctiveWordsViewModel words() {
    return words;
  }

  /** Whether the links, terms, blindspots and codebook panel is shown. */
  public BooleanProperty sidePanelProperty() {
    return sidePanel;
  }

  /** Whether claims with no confirmed counterpart are marked ("only in A", "only in B"). */
  public BooleanProperty blindspotsProperty() {
    return blindspots;
  }

  public SideModel side(Side side) {
    return side == Side.A ? left : right;
  }

  public ObjectProperty<Notice> noticeProperty() {
    return notice;
  }

  public ReadOnlyStringProperty busyMessageProperty() {
    return busyMessage.getReadOnlyProperty();
  }

  public BooleanBinding busyProperty() {
    return busy;
  }

  /** How far the essay being opened has been read, 0 to 1; -1 when unknown or nothing is read. */
  public ReadOnlyDoubleProperty loadingProgressProperty() {
    return loadingProgress;
  }

  public IntegerProperty fontSizeProperty() {
    return fontSize;
  }

  /**
   * The font size of the window's menus, panels and dialogs as a root style: the theme's 14px at
   * the default reading size of 15px, and as much larger or smaller as the reading size is.
   */
  public StringBinding uiFontStyle() {
    return Bindings.createStringBinding(
        () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize.get() * UI_SHARE),
        fontSize);
  }

  public BooleanProperty linkedScrollingProperty() {
    return linkedScrolling;
  }

  /** Whether the gutter draws only the selected claim's ribbons, for less clutter. */
  public BooleanProperty onlySelectedRibbonsProperty() {
    return onlySelectedRibbons;
  }

  public BooleanProperty darkProperty() {
    return dark;
  }

  /** Whether the high-contrast look (white and yellow on black) is on, whatever the dark toggle. */
  public BooleanProperty highContrastProperty() {
    return highContrast;
  }

  /** The window's look: high contrast when asked for, else light or dark. */
  public ObjectBinding<Theme.Look> lookProperty() {
    return look;
  }

  /**
   * The essay expected opposite the bundled seed, when {@code side} is empty and the seed is on the
   * other side; empty otherwise.
   */
  public Optional<BundledSeed.Counterpart> expectedCounterpart(Side side) {
    RawText other = side(side.other()).raw();
    return other != null && other == seedRaw
        ? Optional.of(BundledSeed.counterpart())
        : Optional.empty();
  }

  /** Applies remembered reading preferences. */
  public void apply(WindowSettings settings) {
    fontSize.set(settings.fontSize());
    linkedScrolling.set(settings.linkedScrolling());
    dark.set(settings.dark());
    highContrast.set(settings.highContrast());
    tagging.annotatorProperty().set(settings.annotator());
  }

  @FunctionalInterface
  private interface ReadStep {
    RawText read(Progress progress) throws ImportException;
  }

  private record Loaded(RawText raw, Document document, TextCounts counts) {}

  /** Counts words and sentences of what {@code model} shows, on a worker. */
  private void count(SideModel model) {
    Document document = model.document();
    if (document != null) {
      runner.run(() -> TextCounts.of(document), c -> model.counted(document, c), failure -> {});
    }
  }
}
