package org.parallax.ui.support;

/**
 * A message for the reader. Each notice is a new object, so showing the same words twice still
 * notifies listeners.
 *
 * @param text what to say
 * @param error whether something went wrong (shown prominently) or it is just information
 */
public record Notice(String text, boolean error) {
  public static Notice error(String text) {
    return new Notice(text, true);
  }

  public static Notice info(String text) {
    return new Notice(text, false);
  }
}
