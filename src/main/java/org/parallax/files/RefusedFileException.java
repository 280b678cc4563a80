package org.parallax.files;

/**
 * A file the user named was not read. The message is a complete sentence naming the file as the
 * caller showed it; {@link #kind()} lets a caller word the common cases its own way.
 */
public final class RefusedFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the file was not read. */
  public enum Kind {
    MISSING,
    BROKEN_LINK,
    LINK_LOOP,
    FOLDER,
    NOT_A_FILE,
    TOO_LARGE,
    NOT_ALLOWED,
    UNREADABLE
  }

  private final Kind kind;

  RefusedFileException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
