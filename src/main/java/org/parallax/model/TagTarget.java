package org.parallax.model;

/** What a codebook kind applies to: the relation of a link, or the frame of a term. */
public enum TagTarget {
  LINK,
  TERM
}
