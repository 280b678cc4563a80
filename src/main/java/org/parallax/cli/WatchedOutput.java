package org.parallax.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed. {@code PrintWriter} swallows the exception and
 * keeps only a flag; the command needs the reason to tell a reader who stopped reading (a closed
 * pipe, as {@code | head} does) from output that was lost (a full disk).
 */
final class WatchedOutput extends FilterOutputStream {
  private IOException failure;

  WatchedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Whether a write failed because the reading end of a pipe was closed. */
  boolean readerStopped() {
    return failure != null && isClosedPipe(failure);
  }

  /** Why the first write failed, or empty when none did or the reason is unknown. */
  String reason() {
    return failure == null || failure.getMessage() == null ? "" : failure.getMessage();
  }

  /**
   * A closed pipe as Linux and macOS ("Broken pipe", EPIPE) and Windows ("The pipe is being
   * closed", "The pipe has been ended") report it.
   */
  static boolean isClosedPipe(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return message.contains("broken pipe")
        || message.contains("epipe")
        || message.contains("pipe is being closed")
        || message.contains("pipe has been ended");
  }
}
