package org.parallax.task;

/**
 * Where slow work reports how far it got, and learns whether it should stop. Implementations must
 * be safe to call from any thread.
 */
public interface Progress {

  /** A sink that ignores reports and never cancels. */
  Progress NONE =
      new Progress() {
        @Override
        public void report(double fraction, String message) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /**
   * Reports progress.
   *
   * @param fraction done so far, 0 to 1
   * @param message what is happening, in words for the status bar
   */
  void report(double fraction, String message);

  /** Whether the caller asked the work to stop. */
  boolean isCancelled();

  /** Throws {@link CancelledException} if the work was cancelled. Call it in loops. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }
}
