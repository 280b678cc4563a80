package org.parallax.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.files.InputFile;
import org.parallax.files.RefusedFileException;

/**
 * The reader's own list of equivalent names ({@code ~/.parallax/equivalences.tsv}), in the
 * lexicon's format: one referent a line, its names separated by tabs. The window edits it; the
 * command line reads the same file with {@code align --lexicon}. Saving replaces the file in one
 * atomic step, so it is never half written.
 */
public final class EquivalenceFile {
  /** A list larger than this is refused: a reader's list is a few hundred lines at most. */
  public static final int MAX_BYTES = 1 << 20;

  private final Path file;

  public EquivalenceFile(Path file) {
    this.file = file;
  }

  /** {@code ~/.parallax/equivalences.tsv}. */
  public static Path defaultPath() {
    return Path.of(System.getProperty("user.home"), ".parallax", "equivalences.tsv");
  }

  public Path path() {
    return file;
  }

  /**
   * The file's text; empty when there is no file yet.
   *
   * @throws StoreException when the file cannot be read, is too large or is not UTF-8 text
   */
  public String load() throws StoreException {
    try {
      return decodeStrictly(
          InputFile.read(file, file.toString(), MAX_BYTES, "lists of equivalent names"));
    } catch (RefusedFileException e) {
      if (e.kind() == RefusedFileException.Kind.MISSING) {
        return "";
      }
      throw new StoreException("Your list of equivalent names was not read: " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new StoreException(
          "Your list of equivalent names in " + file + " is not UTF-8 text; it was not read.", e);
    }
  }

  /**
   * Replaces the file with {@code text}.
   *
   * @throws StoreException when it cannot be written; the old file is then unchanged
   */
  public void save(String text) throws StoreException {
    if (text.isEmpty() && !Files.exists(file)) {
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new StoreException(
          "The list of equivalent names is larger than 1 MB; it was not saved.");
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFile.write(file, bytes, false);
    } catch (IOException e) {
      throw new StoreException(
          "Could not save your list of equivalent names to "
              + file
              + ": "
              + IoMessages.reason(e)
              + ".",
          e);
    }
  }

  /**
   * The bytes as UTF-8 without a byte-order mark; malformed bytes throw instead of turning into
   * replacement marks.
   */
  public static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
