package org.parallax.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.parallax.task.Progress;

/**
 * Shows how far a long run got on one line of the terminal's error stream, rewritten in place, and
 * wipes it when the run is done. Used only when a person watches (a console is attached), so
 * scripts that read the output see nothing of it.
 */
final class TerminalProgress implements Progress {
  private final PrintWriter err;
  private int shownPercent = -1;
  private int width;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void report(double fraction, String message) {
    int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    String line = String.format(Locale.ROOT, "parallax: %s %d%%", message, percent);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Wipes the progress line, so the next output starts on a clean line. */
  synchronized void done() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  @Override
  public boolean isCancelled() {
    return false;
  }
}
