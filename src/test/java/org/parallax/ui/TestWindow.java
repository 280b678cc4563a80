package org.parallax.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parallax.ui.align.AlignmentChoicesStore;
import org.parallax.ui.align.AlignmentSetup;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.support.WindowSettings;
import org.testfx.api.FxRobot;

/**
 * The real main window for TestFX tests, with a desktop whose file choosers answer what the test
 * set and whose clipboard holds what the test put there, and its own temporary state folder.
 */
public final class TestWindow {
  public final AtomicReference<Path> nextChosenFile = new AtomicReference<>();

  /** What the multi-file chooser (Compare annotators' Add files…) answers next. */
  public final AtomicReference<List<Path>> nextChosenFiles = new AtomicReference<>(List.of());

  public final AtomicReference<Path> nextSaveTarget = new AtomicReference<>();
  public final AtomicReference<Path> lastSaveSuggestion = new AtomicReference<>();
  public final AtomicReference<Path> nextImageTarget = new AtomicReference<>();
  public final AtomicReference<String> clipboard = new AtomicReference<>("");

  /** What the export chooser answers next (empty: the reader cancels it). */
  public final AtomicReference<Path> nextExportTarget = new AtomicReference<>();

  /** The file the last export chooser was asked to start with; null before one is. */
  public final AtomicReference<Path> lastExportSuggestion = new AtomicReference<>();

  /** What the lexicon choosers (Alignment settings' Import… and Export…) answer next. */
  public final AtomicReference<Path> nextLexiconFile = new AtomicReference<>();

  public final AtomicReference<Path> nextLexiconTarget = new AtomicReference<>();

  /** The files the desktop was asked to open in its viewer. */
  public final List<Path> openedInViewer = new CopyOnWriteArrayList<>();

  /** Whether the desktop fails to open files, as one without a viewer does. */
  public final AtomicBoolean viewerFails = new AtomicBoolean();

  /** The title of the last re-import chooser asked for; null before one is. */
  public final AtomicReference<String> reimportChooserTitle = new AtomicReference<>();

  public final MainViewModel viewModel;
  public final FileViewModel files;
  public final SettingsStore settings;
  public final AlignmentChoicesStore alignmentChoices =
      AlignmentChoicesStore.inMemory(TestViewModels.LEXICAL_CHOICES);
  public final Path folder;

  /** Builds the window into {@code stage} with the seed on the left, for "Test reader". */
  public TestWindow(Stage stage) throws IOException {
    this(stage, "Test reader");
  }

  /**
   * Builds the window into {@code stage} with the seed on the left, for a reader called {@code
   * readerName} (blank: a reader Parallax has not asked yet).
   */
  public TestWindow(Stage stage, String readerName) throws IOException {
    this(stage, named(readerName));
  }

  /**
   * Builds the window into {@code stage} with the seed on the left and {@code remembered}; the
   * first-start tour counts as seen, so that it never covers the window in a test.
   */
  public TestWindow(Stage stage, WindowSettings remembered) throws IOException {
    this(stage, SettingsStore.inMemory(remembered.withTourSeen(true)), BackgroundRunner.forApp());
  }

  /**
   * Builds the window into {@code stage} for "Test reader", its slow work run by {@code runner} (a
   * test may hold the work back to act while it runs).
   */
  public TestWindow(Stage stage, BackgroundRunner runner) throws IOException {
    this(stage, SettingsStore.inMemory(named("Test reader").withTourSeen(true)), runner);
  }

  /**
   * Builds the window into {@code stage} with the seed on the left and the settings {@code kept}.
   */
  public TestWindow(Stage stage, SettingsStore kept) throws IOException {
    this(stage, kept, BackgroundRunner.forApp());
  }

  private TestWindow(Stage stage, SettingsStore kept, BackgroundRunner runner) throws IOException {
    settings = kept;
    folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "window-test");
    viewModel = TestViewModels.main(runner);
    viewModel.showBundledSeed();
    files = TestViewModels.files(viewModel, folder, runner);
    AlignmentSetup setup =
        new AlignmentSetup(alignmentChoices, alignmentChoices.load(problem -> {}));
    new MainWindow(viewModel, files, settings, desktop(), setup).show(stage);
  }

  /** The default settings for a reader called {@code readerName}. */
  public static WindowSettings named(String readerName) {
    WindowSettings d = WindowSettings.DEFAULTS;
    return new WindowSettings(
        d.width(),
        d.height(),
        d.divider(),
        d.gutterWidth(),
        d.fontSize(),
        d.linkedScrolling(),
        d.dark(),
        readerName,
        d.highContrast(),
        d.tourSeen());
  }

  /** Copies the test resource {@code name} (next to the ui tests) into the state folder. */
  /**
   * Opens the Karabakh counterpart with the toolbar's Open… and waits until the pair is aligned.
   */
  public void openCounterpart(FxRobot robot) throws IOException, TimeoutException {
    nextChosenFile.set(fixture("karabakh-counterpart.txt"));
    robot.clickOn("#tool-open");
    FxWait.until(() -> viewModel.alignment().comparisonProperty().get() != null);
  }

  public Path fixture(String name) throws IOException {
    Path file = folder.resolve(name);
    if (!Files.exists(file)) {
      try (InputStream in = TestWindow.class.getResourceAsStream(name)) {
        Files.copy(in, file);
      }
    }
    return file;
  }

  private DesktopAccess desktop() {
    return new DesktopAccess() {
      @Override
      public Optional<Path> chooseFileToOpen(Window owner) {
        return Optional.ofNullable(nextChosenFile.get());
      }

      @Override
      public Optional<Path> chooseEssayToReimport(Window owner, String title) {
        reimportChooserTitle.set(title);
        return Optional.empty();
      }

      @Override
      public List<Path> chooseComparisons(Window owner, String title) {
        return nextChosenFiles.get();
      }

      @Override
      public Optional<Path> chooseLexiconToImport(Window owner) {
        return Optional.ofNullable(nextLexiconFile.get());
      }

      @Override
      public Optional<Path> chooseLexiconTarget(Window owner, Path suggestion) {
        return Optional.ofNullable(nextLexiconTarget.get());
      }

      @Override
      public Optional<Path> chooseSaveTarget(Window owner, Path suggestion) {
        lastSaveSuggestion.set(suggestion);
        return Optional.ofNullable(nextSaveTarget.get());
      }

      @Override
      public Optional<Path> chooseImageTarget(Window owner, Path suggestion) {
        return Optional.ofNullable(nextImageTarget.get());
      }

      @Override
      public Optional<Path> chooseExportTarget(
          Window owner, Path suggestion, String formatName, String extension) {
        lastExportSuggestion.set(suggestion);
        return Optional.ofNullable(nextExportTarget.get());
      }

      @Override
      public void openInViewer(Path file) throws IOException {
        if (viewerFails.get()) {
          throw new IOException("no viewer");
        }
        openedInViewer.add(file);
      }

      @Override
      public String clipboardText() {
        return clipboard.get();
      }
    };
  }
}
