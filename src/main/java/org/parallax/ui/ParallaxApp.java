package org.parallax.ui;

import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.SourceReader;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.store.RecentFiles;
import org.parallax.store.RecoveryFile;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.SettingsStore;

/** The JavaFX application: wires the real collaborators and opens the main window. */
public final class ParallaxApp extends Application {

  public static void main(String[] args) {
    launch(ParallaxApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    BackgroundRunner runner = BackgroundRunner.forApp();
    AlignmentViewModel alignment =
        new AlignmentViewModel(
            new Segmenter(), new Aligner(AlignmentSettings.defaults()), runner, Clock.systemUTC());
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
    MainWindow window = new MainWindow(viewModel, files, settings, DesktopAccess.system());
    window.show(stage);
    window.offerRecovery();
  }
}
