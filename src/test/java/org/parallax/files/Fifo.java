package org.parallax.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests; a test that needs one is skipped where there is no mkfifo (not POSIX). */
public final class Fifo {
  private Fifo() {}

  /** A new named pipe {@code name} in {@code dir}. */
  public static Path make(Path dir, String name) throws IOException, InterruptedException {
    Path pipe = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo on this system");
      throw e;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return pipe;
  }
}
