package org.parallax.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting on conditions and asking the FX thread, for the window tests. Never sleeps. */
public final class FxWait {
  private FxWait() {}

  /** Waits up to 15 s for {@code condition}. */
  public static void until(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
  }

  /** Runs {@code query} on the FX thread and returns its answer. */
  public static <T> T onFx(Callable<T> query) {
    try {
      return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
