/**
 * Cutting a document into claims.
 *
 * <p>A claim is a span {@code [start, end)} of a document's cleaned text: usually a sentence, or a
 * clause where one sentence clearly asserts two things. {@link org.parallax.segment.Segmenter}
 * walks the paragraph blocks of a {@link org.parallax.model.Document}, finds sentences with {@link
 * org.parallax.segment.SentenceSplitter} (ICU's sentence break rules with English abbreviation
 * suppression, plus abbreviations and initials that ICU does not know) and then lets {@link
 * org.parallax.segment.ClauseSplitter} cut a sentence at a semicolon or a contrasting {@code ",
 * while"}/{@code ", whereas"} clause, conservatively. Ids ({@code A1}, {@code A2}, … or {@code B1},
 * …) follow text order, so the same text always yields the same ids.
 */
package org.parallax.segment;
