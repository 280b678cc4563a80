package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ExportOptions;
import org.parallax.export.Exporter;
import org.parallax.export.Exporters;
import org.parallax.model.Comparison;
import org.parallax.task.Progress;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.DesktopAccess;
import org.parallax.ui.support.ExportSettings;
import org.parallax.ui.support.Notice;
import org.parallax.ui.support.SettingsStore;
import org.parallax.ui.support.WindowSettings;

class ExportViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);
  @TempDir Path folder;
  private final List<Notice> notices = new CopyOnWriteArrayList<>();
  private final List<Path> opened = new CopyOnWriteArrayList<>();
  private final SettingsStore settings = SettingsStore.inMemory(WindowSettings.DEFAULTS);
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private boolean viewerFails;

  @AfterEach
  void stopWorker() {
    worker.shutdownNow();
  }

  private ExportViewModel exports(BackgroundRunner runner, Exporter... formats) throws Exception {
    Comparison comparison = ExportFormTest.fixture();
    DesktopAccess desktop =
        new DesktopAccess() {
          @Override
          public java.util.Optional<Path> chooseFileToOpen(javafx.stage.Window owner) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.Optional<Path> chooseSaveTarget(
              javafx.stage.Window owner, Path suggestion) {
            return java.util.Optional.empty();
          }

          @Override
          public void openInViewer(Path file) throws IOException {
            if (viewerFails) {
              throw new IOException("no viewer");
            }
            opened.add(file);
          }
        };
    return new ExportViewModel(
        new SimpleObjectProperty<>(comparison),
        () -> null,
        formats.length == 0 ? Exporters.all() : List.of(formats),
        runner,
        notices::add,
        settings,
        desktop,
        CLOCK);
  }

  private ExportRequest request(ExportViewModel exports, String format, Path target) {
    ExportForm form = exports.form().orElseThrow();
    form.formatProperty()
        .set(form.formats().stream().filter(f -> f.id().equals(format)).findFirst().orElseThrow());
    form.targetProperty().set(target.toString());
    return form.request(CLOCK.instant());
  }

  @Test
  void anExportWritesTheFileSaysWhereAndRemembersTheChoices() throws Exception {
    ExportViewModel exports = exports(BackgroundRunner.inPlace());
    Path target = folder.resolve("pair.md");

    exports.start(request(exports, "md", target));

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("# ");
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).error()).isFalse();
    assertThat(notices.get(0).text()).contains("pair.md").contains(folder.toString());
    assertThat(settings.loadExport()).isEqualTo(new ExportSettings(folder.toString(), "md", false));
    assertThat(exports.runningProperty().get()).isFalse();
    assertThat(opened).isEmpty();
  }

  @Test
  void openWhenDoneOpensTheWrittenFile() throws Exception {
    ExportViewModel exports = exports(BackgroundRunner.inPlace());
    Path target = folder.resolve("pair.html");
    ExportRequest asked = request(exports, "html", target);

    exports.start(new ExportRequest(asked.format(), asked.options(), target, true));

    assertThat(opened).containsExactly(target);
    assertThat(notices).extracting(Notice::error).containsExactly(false);
  }

  @Test
  void aDesktopThatCannotOpenTheFileGetsAQuietNoticeNotAnError() throws Exception {
    viewerFails = true;
    ExportViewModel exports = exports(BackgroundRunner.inPlace());
    Path target = folder.resolve("pair.html");
    ExportRequest asked = request(exports, "html", target);

    exports.start(new ExportRequest(asked.format(), asked.options(), target, true));

    assertThat(target).exists();
    assertThat(notices).hasSize(2).allSatisfy(n -> assertThat(n.error()).isFalse());
    assertThat(notices.get(1).text()).contains("pair.html").contains("could not be opened");
  }

  @Test
  void aFailingFormatSaysSoInWordsAndLeavesNoFile() throws Exception {
    Exporter failing = new TestExporter("No space left on device", null, null);
    ExportViewModel exports = exports(BackgroundRunner.inPlace(), failing);
    Path target = folder.resolve("pair.test");

    exports.start(request(exports, "test", target));

    assertThat(target).doesNotExist();
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).error()).isTrue();
    assertThat(notices.get(0).text())
        .contains("pair.test")
        .contains("No space left on device")
        .doesNotContain("Exception");
  }

  @Test
  void cancellingAnExportUnderWayLeavesNoFile() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExportViewModel exports =
        exports(
            new BackgroundRunner(worker, Runnable::run), new TestExporter(null, started, release));
    Path target = folder.resolve("pair.test");

    exports.start(request(exports, "test", target));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(exports.runningProperty().get()).isTrue();
    exports.cancel();
    assertThat(exports.messageProperty().get()).contains("pair.test");
    release.countDown();
    finished();

    assertThat(target).doesNotExist();
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).error()).isFalse();
    assertThat(notices.get(0).text()).contains("cancelled");
    assertThat(exports.runningProperty().get()).isFalse();
  }

  @Test
  void cancellingLeavesAnEarlierExportAsItWas() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExportViewModel exports =
        exports(
            new BackgroundRunner(worker, Runnable::run), new TestExporter(null, started, release));
    Path target = Files.writeString(folder.resolve("pair.test"), "the earlier export");

    exports.start(request(exports, "test", target));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    exports.cancel();
    release.countDown();
    finished();

    assertThat(Files.readString(target)).isEqualTo("the earlier export");
  }

  /** Waits until the worker has handed back the export's result (the UI executor runs in place). */
  private void finished() throws InterruptedException {
    worker.shutdown();
    assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /**
   * A format that fails with {@code failure}, or writes half its output, says it {@code started}
   * and waits for {@code release} before it looks whether it was cancelled, as a slow format does
   * between pages.
   */
  private record TestExporter(String failure, CountDownLatch started, CountDownLatch release)
      implements Exporter {
    @Override
    public String id() {
      return "test";
    }

    @Override
    public String displayName() {
      return "Test";
    }

    @Override
    public String extension() {
      return "test";
    }

    @Override
    public boolean isText() {
      return true;
    }

    @Override
    public void write(Comparison comparison, ExportOptions options, OutputStream out)
        throws IOException {
      write(comparison, options, out, Progress.NONE);
    }

    @Override
    public void write(
        Comparison comparison, ExportOptions options, OutputStream out, Progress progress)
        throws IOException {
      if (failure != null) {
        out.write("half".getBytes(StandardCharsets.UTF_8));
        throw new IOException(failure);
      }
      out.write("first half".getBytes(StandardCharsets.UTF_8));
      progress.report(0.5, "half");
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      progress.checkCancelled();
      out.write("second half".getBytes(StandardCharsets.UTF_8));
    }
  }
}
