package org.parallax.ui.support;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.parallax.task.Progress;

/**
 * Adapts the core's {@link Progress} to the window: reports reach the UI thread at most every 50
 * ms, and {@link #cancel()} asks the work to stop.
 */
public final class UiProgress implements Progress {
  private static final long MIN_INTERVAL_NANOS = 50_000_000L;
  private final BackgroundRunner runner;
  private final DoubleConsumer onProgress;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicLong lastReport = new AtomicLong(Long.MIN_VALUE);

  public UiProgress(BackgroundRunner runner, DoubleConsumer onProgress) {
    this.runner = runner;
    this.onProgress = onProgress;
  }

  @Override
  public void report(double fraction, String message) {
    long now = System.nanoTime();
    long last = lastReport.get();
    boolean due = last == Long.MIN_VALUE || now - last >= MIN_INTERVAL_NANOS || fraction >= 1;
    if (due && lastReport.compareAndSet(last, now) && !cancelled.get()) {
      runner.onUiThread(() -> onProgress.accept(fraction));
    }
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  /** Asks the work to stop; reports from then on are dropped. */
  public void cancel() {
    cancelled.set(true);
  }
}
