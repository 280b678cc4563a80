package org.parallax.export;

import java.io.IOException;
import java.io.OutputStream;
import org.parallax.model.Comparison;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/**
 * One export format: a pure function of a comparison and the reader's options, written to a stream.
 * Exporters keep no state and may be shared between threads. To add a format, write one class and
 * register it in {@link Exporters}.
 */
public interface Exporter {

  /** The short name used on the command line ({@code html}, {@code csv}). */
  String id();

  /** What a reader sees in a list of formats ("Handout (HTML)"). */
  String displayName();

  /** The usual file name ending, without the dot ({@code html}, {@code jsonld}). */
  String extension();

  /** Whether the output is text a terminal can show (UTF-8), so it may go to standard output. */
  boolean isText();

  /**
   * Writes {@code comparison} to {@code out}, which is left open. Never reads or writes anything
   * else.
   */
  void write(Comparison comparison, ExportOptions options, OutputStream out) throws IOException;

  /**
   * Writes {@code comparison} to {@code out} as {@link #write(Comparison, ExportOptions,
   * OutputStream)} does, reporting to {@code progress} and stopping with {@link CancelledException}
   * when it is cancelled. Formats that take long (PDF) override it; the others are quick and only
   * check for cancellation before they start.
   */
  default void write(
      Comparison comparison, ExportOptions options, OutputStream out, Progress progress)
      throws IOException {
    progress.checkCancelled();
    write(comparison, options, out);
  }
}
