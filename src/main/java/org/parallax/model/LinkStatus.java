package org.parallax.model;

/** Whether a link was suggested by the aligner, confirmed by a reader, or rejected. */
public enum LinkStatus {
  SUGGESTED,
  CONFIRMED,
  REJECTED
}
