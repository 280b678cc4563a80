package org.parallax.model;

/**
 * A passage that cleaning took out of the raw text, with the reason a reader can understand
 * ("breadcrumb navigation", "subscription notice").
 */
public record RemovedPassage(String text, String reason) {
  public RemovedPassage {
    text = text == null ? "" : text;
    reason = reason == null ? "" : reason;
  }
}
