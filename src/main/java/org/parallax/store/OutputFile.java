package org.parallax.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file Parallax makes besides comparisons (an export) through the same atomic path as
 * saving: afterwards the path holds either its old content or the complete new one, never half a
 * file. No {@code .bak} is kept: an export can always be made again.
 */
public final class OutputFile {
  private OutputFile() {}

  /** Replaces {@code file} with {@code bytes} atomically. */
  public static void write(Path file, byte[] bytes) throws StoreException {
    boolean existed = Files.exists(file);
    try {
      AtomicFile.write(file, bytes, false);
    } catch (IOException e) {
      throw new StoreException(
          "Could not write "
              + file
              + ": "
              + IoMessages.reason(e)
              + (existed ? ". The file is unchanged." : ". Nothing was written."),
          e);
    }
  }
}
