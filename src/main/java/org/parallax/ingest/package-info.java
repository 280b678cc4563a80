/**
 * Import: from a file or pasted text to a clean {@link org.parallax.model.Document}.
 *
 * <p>Import has two stages. {@link org.parallax.ingest.SourceReader} <em>reads</em>: it refuses
 * what is not an essay (missing, empty, huge or binary files, PDFs without a text layer, damaged
 * PDFs) with an {@link org.parallax.ingest.ImportException} whose message is written for the user,
 * decodes bytes (byte-order mark, then strict UTF-8, then ICU charset detection), and reduces each
 * {@link org.parallax.ingest.SourceFormat} to plain text with paragraphs separated by blank lines:
 * web pages through jsoup (parsed only, never fetched; page furniture dropped, the article
 * preferred), PDFs through PDFBox, Markdown by stripping its markup. The result is a {@link
 * org.parallax.ingest.RawText}: text plus metadata hints the source itself carries.
 *
 * <p>{@link org.parallax.ingest.Cleaner} <em>cleans</em>: it normalises the text (NFC, line
 * endings, spaces) and runs a fixed sequence of small, generic rules (one class each, named {@code
 * ...Step}) over the paragraphs. Rules remove breadcrumbs, subscription/sharing/cookie lines, a
 * lone "P.S.", bare web addresses, the byline, a repeated title, closing credit lines, author
 * biographies and a lead paragraph repeated later; they reduce link markup to its text and join
 * paragraphs that a stray blank line split mid-sentence. Every removal is kept as a {@link
 * org.parallax.model.RemovedPassage} with a reason a reader understands, and what a rule learns
 * (authors, date, source URL, title, biographies) fills metadata the hints left empty. Cleaning can
 * be switched off ({@link org.parallax.ingest.Cleaner#keepAsIs}), which only normalises and splits
 * paragraphs. The remaining paragraphs are classified as paragraphs, headings or editorial notes.
 *
 * <p>{@link org.parallax.ingest.Importer} puts the two together; {@link
 * org.parallax.ingest.BundledSeed} serves the essay that ships inside the application.
 */
package org.parallax.ingest;
