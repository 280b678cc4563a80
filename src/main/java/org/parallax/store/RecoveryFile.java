package org.parallax.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The autosave core: a recovery copy of unsaved work, written atomically so that a crash in the
 * middle of an autosave never leaves an unreadable file. Beside it, {@code NAME.origin} records the
 * file the work belongs to (if it was ever saved), so a restore prompt can name it. The UI decides
 * when to write (every 30 s while there are unsaved changes) and deletes it after a successful save
 * or a clean exit.
 */
public final class RecoveryFile {

  /** What a restore finds. */
  public record Recovered(LoadedComparison state, Optional<Path> savedAs, Instant writtenAt) {}

  private final Path path;
  private final ComparisonStore store;

  public RecoveryFile(Path path) {
    this(path, new ComparisonStore());
  }

  public RecoveryFile(Path path, ComparisonStore store) {
    this.path = path;
    this.store = store;
  }

  /** {@code ~/.parallax/recovery.parallax.json}. */
  public static Path defaultPath() {
    return Path.of(System.getProperty("user.home"), ".parallax", "recovery.parallax.json");
  }

  public Path path() {
    return path;
  }

  private Path originPath() {
    return path.resolveSibling(path.getFileName() + ".origin");
  }

  /**
   * Writes the recovery copy of {@code state}, which belongs to {@code savedAs} (null for work
   * never saved).
   */
  public void write(LoadedComparison state, Path savedAs) throws StoreException {
    byte[] bytes = store.write(state);
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      String origin = savedAs == null ? "" : savedAs.toAbsolutePath().toString();
      AtomicFile.write(originPath(), origin.getBytes(StandardCharsets.UTF_8), false);
      AtomicFile.write(path, bytes, false);
    } catch (IOException e) {
      throw new StoreException(
          "Could not write the recovery file " + path + ": " + IoMessages.reason(e) + ".", e);
    }
  }

  /** Whether a recovery copy is waiting (the last session did not end cleanly). */
  public boolean exists() {
    return Files.isRegularFile(path);
  }

  /** The recovery copy, or empty when there is none. */
  public Optional<Recovered> read() throws StoreException {
    if (!exists()) {
      return Optional.empty();
    }
    LoadedComparison state = store.load(path);
    Optional<Path> savedAs = Optional.empty();
    Instant writtenAt;
    try {
      writtenAt = Files.getLastModifiedTime(path).toInstant();
      if (Files.isRegularFile(originPath())) {
        String origin = Files.readString(originPath(), StandardCharsets.UTF_8).strip();
        savedAs = origin.isEmpty() ? Optional.empty() : Optional.of(Path.of(origin));
      }
    } catch (IOException | RuntimeException e) {
      writtenAt = Instant.EPOCH;
    }
    return Optional.of(new Recovered(state, savedAs, writtenAt));
  }

  /** Removes the recovery copy (after a save, a clean exit, or when the reader declines it). */
  public void delete() throws StoreException {
    try {
      Files.deleteIfExists(path);
      Files.deleteIfExists(originPath());
    } catch (IOException e) {
      throw new StoreException(
          "Could not delete the recovery file " + path + ": " + IoMessages.reason(e) + ".", e);
    }
  }
}
