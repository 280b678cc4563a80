package org.parallax.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.parallax.files.RefusedFileException.Kind;

/**
 * Reads a file the user named. Its attributes are checked first, following links, and anything but
 * an ordinary file (a folder, a named pipe, a device, a socket) is refused before it is opened: a
 * named pipe would block the open forever, a device never ends. An ordinary file larger than the
 * limit is refused without being read, and the bytes go through a {@link BoundedInputStream}, so a
 * file that claims fewer bytes than it holds (such as those under /proc) is cut off at the limit
 * too.
 */
public final class InputFile {
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private InputFile() {}

  /**
   * The bytes of {@code file}.
   *
   * @param shownAs how messages name the file (its name or its path, as the caller prefers)
   * @param limit the most bytes the caller accepts
   * @param limitFor what the limit is for, in the plural ("essays"), for the message
   * @throws RefusedFileException with a sentence naming the file and the reason
   */
  public static byte[] read(Path file, String shownAs, long limit, String limitFor)
      throws RefusedFileException {
    BasicFileAttributes attributes = check(file, shownAs);
    if (attributes.size() > limit) {
      throw refused(
          Kind.TOO_LARGE,
          quoted(shownAs)
              + " is "
              + Sizes.over(attributes.size(), limit)
              + " for "
              + limitFor
              + ".");
    }
    try (InputStream in = new BoundedInputStream(Files.newInputStream(file), limit)) {
      return ((BoundedInputStream) in).readAll(attributes.size());
    } catch (BoundedInputStream.LimitExceeded e) {
      throw new RefusedFileException(
          Kind.TOO_LARGE,
          quoted(shownAs)
              + " holds more than its size claims, over the limit of "
              + Sizes.limit(limit)
              + " for "
              + limitFor
              + ".",
          e);
    } catch (AccessDeniedException e) {
      throw new RefusedFileException(
          Kind.NOT_ALLOWED, "Parallax is not allowed to read " + quoted(shownAs) + ".", e);
    } catch (IOException e) {
      throw new RefusedFileException(
          Kind.UNREADABLE, quoted(shownAs) + " could not be read (" + reason(e) + ").", e);
    }
  }

  /**
   * The attributes of an ordinary file, links followed.
   *
   * @throws RefusedFileException if there is no such file or it is not an ordinary one
   */
  public static BasicFileAttributes check(Path file, String shownAs) throws RefusedFileException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw new RefusedFileException(
            Kind.BROKEN_LINK,
            quoted(shownAs) + " is a link to a file that does not exist (a broken link).",
            e);
      }
      throw new RefusedFileException(
          Kind.MISSING, "The file " + quoted(shownAs) + " does not exist.", e);
    } catch (AccessDeniedException e) {
      throw new RefusedFileException(
          Kind.NOT_ALLOWED, "Parallax is not allowed to read " + quoted(shownAs) + ".", e);
    } catch (FileSystemException e) {
      if (isLinkLoop(e)) {
        throw new RefusedFileException(
            Kind.LINK_LOOP,
            quoted(shownAs) + " is a link that leads back to itself (a link loop), not a file.",
            e);
      }
      throw new RefusedFileException(
          Kind.UNREADABLE, quoted(shownAs) + " could not be read (" + reason(e) + ").", e);
    } catch (IOException e) {
      throw new RefusedFileException(
          Kind.UNREADABLE, quoted(shownAs) + " could not be read (" + reason(e) + ").", e);
    }
    if (attributes.isDirectory()) {
      throw refused(Kind.FOLDER, quoted(shownAs) + " is a folder, not a file.");
    }
    if (!attributes.isRegularFile()) {
      throw refused(
          Kind.NOT_A_FILE,
          quoted(shownAs)
              + " is "
              + special(file)
              + ", not an ordinary file; Parallax reads only files saved on disk.");
    }
    return attributes;
  }

  /** "a named pipe (FIFO)", "a device", "a socket", or "a special file". */
  private static String special(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      return switch (mode & TYPE_BITS) {
        case FIFO -> "a named pipe (FIFO)";
        case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
        case SOCKET -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | RuntimeException e) {
      return "a special file";
    }
  }

  private static boolean isLinkLoop(FileSystemException e) {
    String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
    return reason.contains("levels of symbolic links") || reason.contains("symbolic link");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? "an input/output error" : e.getMessage();
  }

  private static String quoted(String shownAs) {
    return "“" + shownAs + "”";
  }

  private static RefusedFileException refused(Kind kind, String message) {
    return new RefusedFileException(kind, message, null);
  }
}
