package org.parallax.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
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
 * NAME.bak}, itself replaced atomically. A symbolic link is followed to the file it names; a
 * folder, device or pipe at the path is refused, never replaced.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Links followed before giving up, as Linux does. */
  private static final int MAX_LINK_HOPS = 40;

  static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
    Path file = followLinks(target.toAbsolutePath());
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new FileSystemException(
          target.toString(), null, "It is not a file but a folder, a device or a pipe");
    }
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

  /**
   * Where a symbolic link finally points, so that saving through a link replaces the file it names
   * and leaves the link in place (as editors do). A dangling link names the file to create.
   */
  private static Path followLinks(Path file) throws IOException {
    Path current = file;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINK_HOPS) {
        throw new FileSystemException(file.toString(), null, "Too many levels of symbolic links");
      }
      current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
    }
    return current;
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
