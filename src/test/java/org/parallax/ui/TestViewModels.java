package org.parallax.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.SourceReader;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.store.RecentFiles;
import org.parallax.store.RecoveryFile;
import org.parallax.ui.align.AlignmentChoices;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.file.FileViewModel;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.tag.ComparisonSession;

/** View-models wired with real collaborators; alignment lexical-only so tests stay quick. */
public final class TestViewModels {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  /** The defaults without the meaning model, as these view-models align. */
  public static final AlignmentChoices LEXICAL_CHOICES =
      new AlignmentChoices(
          false,
          AlignmentChoices.DEFAULTS.minScore(),
          AlignmentChoices.DEFAULTS.lexicalMinScore(),
          "");

  private TestViewModels() {}

  public static FileViewModel files(MainViewModel main, Path folder, BackgroundRunner runner) {
    return new FileViewModel(
        main,
        new ComparisonStore(),
        new RecentFiles(folder.resolve("recent.json")),
        new RecoveryFile(folder.resolve("recovery.parallax.json")),
        runner);
  }

  public static MainViewModel main(BackgroundRunner runner) {
    AlignmentViewModel alignment =
        new AlignmentViewModel(
            Segmenter::new, LEXICAL_CHOICES::aligner, runner, CLOCK, new ComparisonSession());
    return new MainViewModel(new SourceReader(), new Cleaner(), runner, alignment);
  }
}
