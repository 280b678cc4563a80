package org.parallax.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream that gives at most {@code limit} bytes and fails with {@link LimitExceeded} as
 * soon as its source has more, so that no reader can be made to hold more than its limit, whatever
 * size a file claims to have (files under /proc claim none, devices never end).
 */
public final class BoundedInputStream extends FilterInputStream {

  /** The source has more bytes than the limit. */
  public static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  public BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * Every byte of the stream, in an array no larger than the stream; {@code expected} (the size the
   * file claims) sizes the first buffer, so a file that tells the truth is read without copying.
   */
  public byte[] readAll(long expected) throws IOException {
    byte[] buffer = new byte[(int) Math.max(0, Math.min(expected, limit))];
    int filled = 0;
    while (true) {
      if (filled == buffer.length) {
        int next = read();
        if (next < 0) {
          return buffer;
        }
        long grown = Math.min(limit, Math.max(8192L, buffer.length * 2L));
        buffer = Arrays.copyOf(buffer, (int) grown);
        buffer[filled++] = (byte) next;
      }
      int n = read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
      }
      filled += n;
    }
  }

  private void counted(long n) throws LimitExceeded {
    count += n;
    if (count > limit) {
      throw new LimitExceeded(limit);
    }
  }
}
