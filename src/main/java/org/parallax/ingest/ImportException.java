package org.parallax.ingest;

/**
 * A file or pasted text could not be imported. The message is a complete sentence meant to be shown
 * to the user as it is, without class names or stack traces.
 */
public class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * @param message a complete human sentence explaining what went wrong and, where possible, what
   *     to do
   */
  public ImportException(String message) {
    super(message);
  }

  /**
   * @param message a complete human sentence explaining what went wrong
   * @param cause the technical failure behind it, for logs
   */
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
