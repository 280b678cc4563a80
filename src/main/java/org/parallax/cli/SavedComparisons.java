package org.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a saved comparison named where an essay is expected. */
final class SavedComparisons {
  private static final int PEEK_BYTES = 4096;

  private SavedComparisons() {}

  /**
   * Refuses {@code file} if it is a saved Parallax comparison: aligning its JSON as prose would
   * only produce nonsense claims. Files that cannot be read, and anything that is not an ordinary
   * file (never opened here: a named pipe would block), are left to the essay reader to report.
   */
  static void refuse(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(PEEK_BYTES);
    } catch (IOException e) {
      return;
    }
    String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
    if (text.startsWith("{") && text.contains("\"parallax-comparison\"")) {
      throw new IllegalArgumentException(
          file
              + " is a saved Parallax comparison, not an essay: open it in the window"
              + " (java -jar parallax.jar "
              + file
              + ") or check it with parallax validate.");
    }
  }
}
