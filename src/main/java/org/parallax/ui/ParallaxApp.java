package org.parallax.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.SourceReader;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.store.RecentFiles;
import org.parallax.store.RecoveryFile;
import org.parallax.ui.align.AlignmentChoicesStore;
import org.parallax.ui.align.AlignmentSetup;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.file.Opener;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.tag.ComparisonSession;

/** The JavaFX application: wires the real collaborators and opens the main window. */
public final class ParallaxApp extends Application {

  public static void main(String[] args) {
    launch(ParallaxApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    open(stage, getParameters().getRaw());
  }

  /**
   * Wires the real collaborators, shows the main window in {@code stage}, offers to restore work a
   * crash left behind, and opens the files named in {@code args}. Benchmarks call it too.
   */
  public static MainWindow open(Stage stage, List<String> args) {
    BackgroundRunner runner = BackgroundRunner.forApp();
    AlignmentChoicesStore choicesStore = AlignmentChoicesStore.forApp();
    List<String> problems = new ArrayList<>();
    AlignmentSetup setup = new AlignmentSetup(choicesStore, choicesStore.load(problems::add));
    AlignmentViewModel alignment =
        new AlignmentViewModel(
            Segmenter::new,
            setup.current()::aligner,
            runner,
            Clock.systemUTC(),
            new ComparisonSession());
    MainViewModel viewModel =
        new MainViewModel(new SourceReader(), new Cleaner(), runner, alignment);
    viewModel.showBundledSeed();
    SettingsStore settings =
        SettingsStore.preferences(Preferences.userRoot().node("org/parallax/window"));
    FileViewModel files =
        new FileViewModel(
            viewModel,
            new ComparisonStore(),
            new RecentFiles(RecentFiles.defaultPath()),
            new RecoveryFile(RecoveryFile.defaultPath()),
            runner);
    MainWindow window = new MainWindow(viewModel, files, settings, DesktopAccess.system(), setup);
    window.show(stage);
    problems.forEach(problem -> viewModel.noticeProperty().set(Notice.error(problem)));
    window.offerRecovery();
    openArguments(args, new Opener(viewModel, files));
    ReadyMarker.watch(viewModel);
    return window;
  }

  /**
   * {@code parallax COUNTERPART} opens an essay (or a comparison) beside the seed; {@code parallax
   * LEFT RIGHT} opens two essays.
   */
  private static void openArguments(List<String> args, Opener opener) {
    if (args.size() == 1) {
      opener.open(Side.B, Path.of(args.get(0)));
    } else if (args.size() >= 2) {
      opener.open(Side.A, Path.of(args.get(0)));
      opener.open(Side.B, Path.of(args.get(1)));
    }
  }
}
