package org.parallax.store;

/**
 * The one error type of saving and loading. Its message is a complete sentence for people: it names
 * the problem and, where there is one, the place in the file ("line 12, column 5" or a JSON pointer
 * such as {@code /claims/3/id}). When it is thrown by a load, the open comparison is untouched;
 * when thrown by a save, the file on disk is unchanged.
 */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean unexpected;

  public StoreException(String message) {
    this(message, null, false);
  }

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private StoreException(String message, Throwable cause, boolean unexpected) {
    super(message, cause);
    this.unexpected = unexpected;
  }

  /**
   * An error the loader did not foresee: the input is still refused cleanly, but this marks a gap
   * in the loader's checks. Tests assert it never happens.
   */
  static StoreException unexpected(String what, RuntimeException cause) {
    return new StoreException(
        "The file could not be read because " + what + " is not as Parallax expects.", cause, true);
  }

  /** Whether this error came from a gap in the loader's own checks rather than a named problem. */
  public boolean isUnexpected() {
    return unexpected;
  }
}
