package org.parallax.store.anchor;

/**
 * The exact text of a span with some context on either side, as in a W3C TextQuoteSelector.
 *
 * @param exact the marked text
 * @param prefix up to {@link #CONTEXT} characters just before it
 * @param suffix up to {@link #CONTEXT} characters just after it
 */
public record TextQuote(String exact, String prefix, String suffix) {

  /** How many characters of context a quote keeps on each side. */
  public static final int CONTEXT = 32;

  public TextQuote {
    exact = exact == null ? "" : exact;
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }

  /** The quote of {@code [start, end)} in {@code text}. */
  public static TextQuote of(String text, int start, int end) {
    return new TextQuote(
        text.substring(start, end),
        text.substring(Math.max(0, start - CONTEXT), start),
        text.substring(end, Math.min(text.length(), end + CONTEXT)));
  }
}
