package org.parallax.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that, whatever happens (crash, power cut, kill), the path holds either the
 * complete old content or the complete new content. The new bytes go to a temporary file in the
 * same folder, are flushed to the disk, and are then renamed over the target in one atomic step;
 * the folder itself is synced so the rename survives a power cut. The old content is kept as {@code
 * NAME.bak}, itself replaced atomically.
 */
final class AtomicFile {
  private AtomicFile() {}

  static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    removeLeftovers(file, dir);
    Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (keepBackup && Files.isRegularFile(file)) {
        backUp(file, dir);
      }
      move(temp, file);
      syncFolder(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes {@code NAME.bak} hold the current content: a hard link when possible, else a copy. */
  private static void backUp(Path file, Path dir) throws IOException {
    Path backup = backupOf(file);
    Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".bak.tmp");
    try {
      try {
        Files.createLink(temp, file);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(file, temp);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
      move(temp, backup);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Deletes temporary files an earlier save of {@code file} left behind when it was killed. They
   * are never the only copy of anything: the target and its backup are always complete.
   */
  private static void removeLeftovers(Path file, Path dir) {
    String glob = "." + globEscape(file.getFileName().toString()) + ".*.tmp";
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException | RuntimeException e) {
      // Leftovers only cost disk space; failing to remove them must not stop the save.
    }
  }

  private static String globEscape(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /** Where the previous version of {@code file} is kept. */
  static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Syncs the folder entry on systems that allow it (Linux, macOS); elsewhere it is a no-op. */
  private static void syncFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder as a channel; its rename is already durable enough.
    }
  }
}
