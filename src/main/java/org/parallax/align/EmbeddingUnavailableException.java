package org.parallax.align;

/** The meaning model could not be loaded or run; alignment falls back to lexical signals. */
public final class EmbeddingUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason why, in words a reader understands
   * @param cause what went wrong underneath
   */
  public EmbeddingUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
