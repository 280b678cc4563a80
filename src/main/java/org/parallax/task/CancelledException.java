package org.parallax.task;

/** Thrown by slow work that noticed it was cancelled. Never shown to the user as an error. */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CancelledException() {
    super("cancelled", null, false, false);
  }
}
