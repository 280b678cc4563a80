package org.parallax.ui.support;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work off the FX thread and hands its result back on the FX thread. The app uses a small
 * daemon pool and {@link Platform#runLater}; tests pass executors that run in place, so they wait
 * on nothing.
 */
public final class BackgroundRunner {
  private final Executor worker;
  private final Executor uiThread;

  public BackgroundRunner(Executor worker, Executor ui) {
    this.worker = worker;
    this.uiThread = ui;
  }

  /** Two daemon worker threads; results applied with {@link Platform#runLater}. */
  public static BackgroundRunner forApp() {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "parallax-worker");
              t.setDaemon(true);
              return t;
            });
    return new BackgroundRunner(pool, Platform::runLater);
  }

  /** Runs everything in the calling thread: for tests of view-models. */
  public static BackgroundRunner inPlace() {
    return new BackgroundRunner(Runnable::run, Runnable::run);
  }

  /** Runs {@code action} on the UI thread (later, unless the runner runs in place). */
  public void onUiThread(Runnable action) {
    uiThread.execute(action);
  }

  /**
   * Runs {@code work} on a worker; then {@code onSuccess} or {@code onFailure} on the UI thread.
   */
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    worker.execute(
        () -> {
          try {
            T result = work.call();
            uiThread.execute(() -> onSuccess.accept(result));
          } catch (Throwable failure) {
            uiThread.execute(() -> onFailure.accept(failure));
          }
        });
  }
}
