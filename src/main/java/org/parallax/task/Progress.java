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

  /**
   * This progress seen by one stage of a longer work: the stage's 0 to 1 is reported as {@code
   * from} to {@code to} of the whole; cancelling the whole cancels the stage.
   */
  default Progress span(double from, double to) {
    Progress whole = this;
    return new Progress() {
      @Override
      public void report(double fraction, String message) {
        whole.report(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
      }

      @Override
      public boolean isCancelled() {
        return whole.isCancelled();
      }
    };
  }

  /** Throws {@link CancelledException} if the work was cancelled. Call it in loops. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }
}
