package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ingest.SourceReader;
import org.parallax.model.Side;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Notice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening an essay of almost 20 MB: while it is read in the background the status bar says so with
 * a spinner and a Cancel button; Cancel frees the window at once, and when the reading thread
 * finishes, its result is dropped and both sides stay as they were. The reading work is held back
 * until the test has cancelled, so the test never races the reader.
 */
@ExtendWith(ApplicationExtension.class)
class LargeEssayCancelTest {
  private final HeldWork held = new HeldWork();
  private TestWindow window;
  private MainViewModel viewModel;

  @Start
  void start(Stage stage) throws IOException {
    window = new TestWindow(stage, new BackgroundRunner(held, Platform::runLater));
    viewModel = window.viewModel;
  }

  @Test
  void cancellingALargeEssayWhileItIsReadLeavesTheWindowAsItWas(FxRobot robot) throws Exception {
    String seed = viewModel.side(Side.A).document().text();
    Path large = window.folder.resolve("large.txt");
    Files.writeString(large, essayOf(SourceReader.MAX_BYTES - 1024), StandardCharsets.UTF_8);
    window.nextChosenFile.set(large);
    held.hold();

    robot.clickOn("#tool-open");
    FxWait.until(() -> robot.lookup("#loading-cancel").queryAs(Button.class).isVisible());
    assertThat(robot.lookup("#status-busy").queryAs(Label.class).getText()).contains("large.txt");

    robot.clickOn("#loading-cancel");
    FxWait.until(() -> !viewModel.busyProperty().get());
    assertThat(robot.lookup("#loading-cancel").queryAs(Button.class).isVisible()).isFalse();
    Notice stopped = viewModel.noticeProperty().get();
    assertThat(stopped.error()).isFalse();
    assertThat(stopped.text()).contains("Stopped opening large.txt");

    held.release();
    FxWait.until(held::idle);
    FxWait.onFx(() -> true);
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
    assertThat(viewModel.side(Side.A).document().text()).isEqualTo(seed);
    assertThat(viewModel.noticeProperty().get()).isSameAs(stopped);
  }

  @Test
  void theStatusBarShowsHowFarTheEssayIsReadAndCancelStillStopsIt(FxRobot robot) throws Exception {
    String seed = viewModel.side(Side.A).document().text();
    Path large = window.folder.resolve("large.txt");
    Files.writeString(large, essayOf(SourceReader.MAX_BYTES - 1024), StandardCharsets.UTF_8);
    window.nextChosenFile.set(large);
    ProgressBar bar = robot.lookup("#loading-progress").queryAs(ProgressBar.class);
    List<Double> shown = new CopyOnWriteArrayList<>();
    // The reader cancels as soon as the bar shows a fraction (what #loading-cancel's click does).
    robot.interact(
        () ->
            bar.progressProperty()
                .addListener(
                    (o, was, now) -> {
                      shown.add(now.doubleValue());
                      if (now.doubleValue() > 0 && viewModel.busyProperty().get()) {
                        viewModel.cancelLoading();
                      }
                    }));
    held.hold();

    robot.clickOn("#tool-open");
    FxWait.until(() -> FxWait.onFx(bar::isVisible));
    assertThat(FxWait.onFx(bar::getProgress)).isNegative();
    held.release();
    FxWait.until(() -> !viewModel.busyProperty().get());
    FxWait.until(held::idle);
    FxWait.onFx(() -> true);

    List<Double> fractions = shown.stream().filter(f -> f >= 0).toList();
    assertThat(fractions).isNotEmpty().allMatch(f -> f > 0 && f < 1).isSorted();
    assertThat(FxWait.onFx(bar::getProgress)).isNegative();
    assertThat(FxWait.onFx(bar::isVisible)).isFalse();
    assertThat(viewModel.noticeProperty().get().text()).contains("Stopped opening large.txt");
    assertThat(viewModel.side(Side.B).isEmpty()).isTrue();
    assertThat(viewModel.side(Side.A).document().text()).isEqualTo(seed);
  }

  /** Sentences of ordinary words up to {@code bytes} bytes. */
  private static String essayOf(long bytes) {
    String sentence = "The convoy waited at the checkpoint while officials argued in the capital. ";
    StringBuilder text = new StringBuilder((int) bytes);
    while (text.length() + sentence.length() < bytes) {
      text.append(sentence);
    }
    return text.toString();
  }

  /** A worker that runs work at once, or holds it until released. */
  private static final class HeldWork implements Executor {
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean holding;
    private int running;

    @Override
    public synchronized void execute(Runnable work) {
      if (holding) {
        waiting.add(work);
      } else {
        start(work);
      }
    }

    synchronized void hold() {
      holding = true;
    }

    synchronized void release() {
      holding = false;
      waiting.forEach(this::start);
      waiting.clear();
    }

    synchronized boolean idle() {
      return waiting.isEmpty() && running == 0;
    }

    private void start(Runnable work) {
      running++;
      Thread thread =
          new Thread(
              () -> {
                try {
                  work.run();
                } finally {
                  synchronized (this) {
                    running--;
                  }
                }
              },
              "parallax-held-worker");
      thread.setDaemon(true);
      thread.start();
    }
  }
}
