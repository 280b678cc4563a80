package org.parallax.present;

/**
 * A link's claims on one side with a sentence of context: the claim before them and the claim after
 * them in the same essay, each empty at the essay's start or end.
 *
 * @param before the claim just before, or empty
 * @param text the link's claims on this side, in text order (claims that do not follow one another
 *     are joined by " … ")
 * @param after the claim just after, or empty
 */
public record InContext(String before, String text, String after) {
  public InContext {
    before = before == null ? "" : before;
    text = text == null ? "" : text;
    after = after == null ? "" : after;
  }
}
