package org.parallax.store;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.parallax.files.InputFile;
import org.parallax.files.RefusedFileException;

/**
 * A lexicon file the reader imports or exports (the format of {@link EquivalenceFile}): read only
 * when it is an ordinary file under {@link EquivalenceFile#MAX_BYTES} of UTF-8 text, written in one
 * atomic step.
 */
public final class LexiconFile {
  private LexiconFile() {}

  /**
   * The text of {@code file}.
   *
   * @throws StoreException with a sentence for the reader when it is missing, too large, binary or
   *     not UTF-8 text
   */
  public static String read(Path file) throws StoreException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try {
      bytes = InputFile.read(file, name, EquivalenceFile.MAX_BYTES, "lexicon files");
    } catch (RefusedFileException e) {
      throw new StoreException(e.getMessage() + " Nothing was imported.", e);
    }
    return text(bytes, name);
  }

  /**
   * The text of the bytes of a lexicon file called {@code name}, once read: the fuzz target feeds
   * them here.
   *
   * @throws StoreException when they are binary or not UTF-8 text
   */
  static String text(byte[] bytes, String name) throws StoreException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new StoreException(
            "“"
                + name
                + "” is not a text file; a lexicon is text with one place, person or event a line."
                + " Nothing was imported.");
      }
    }
    try {
      return EquivalenceFile.decodeStrictly(bytes);
    } catch (CharacterCodingException e) {
      throw new StoreException(
          "“" + name + "” is not UTF-8 text; save it as UTF-8 and import it again.", e);
    }
  }

  /** Replaces {@code file} with {@code text} as UTF-8, atomically. */
  public static void write(Path file, String text) throws StoreException {
    OutputFile.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
