/**
 * Re-anchoring: finding a tag again after the text it marks has changed.
 *
 * <p>A tag is saved with a {@link org.parallax.store.anchor.Selector}: its position {@code [start,
 * end)} and a {@link org.parallax.store.anchor.TextQuote} (the exact text with a little context).
 * {@link org.parallax.store.anchor.Reanchorer} places it in the new text by position, then by exact
 * quote nearest the old position, then by an approximate match of the quote scored on quote,
 * context and position. A tag that cannot be placed is reported as an orphan, never dropped.
 */
package org.parallax.store.anchor;
