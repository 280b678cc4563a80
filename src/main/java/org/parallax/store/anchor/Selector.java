package org.parallax.store.anchor;

/**
 * Where a tag was: its old position and its quote. Either part may be missing ({@code position}
 * null, or an empty quote), but a tag with neither can only be placed where it was.
 */
public record Selector(Span position, TextQuote quote) {
  public Selector {
    quote = quote == null ? new TextQuote("", "", "") : quote;
  }

  /** The selector of {@code [start, end)} in {@code text}: its position and quote. */
  public static Selector of(String text, int start, int end) {
    return new Selector(new Span(start, end), TextQuote.of(text, start, end));
  }
}
