/**
 * Exporting a comparison for people and programs outside Parallax: a printable handout and a blank
 * worksheet (self-contained HTML), Markdown, CSV, W3C Web Annotation (JSON-LD), AIF JSON and a
 * REFI-QDA codebook. No user interface here: the command line and the window call the same code.
 *
 * <p><b>Exporters.</b> An {@link org.parallax.export.Exporter} is a pure function of a {@link
 * org.parallax.model.Comparison} and the reader's {@link org.parallax.export.ExportOptions}
 * (reading order, whether unconfirmed suggestions are shown, the date of export, CSV choices),
 * written to a stream. It reads and writes nothing else, keeps no state and has an id, a display
 * name, a file extension and whether its output is text. {@link org.parallax.export.Exporters} is
 * the one list of formats: adding one is a class and a line there. Writing a file atomically is the
 * caller's job (the command line goes through the store's atomic write).
 *
 * <p><b>The handout's content.</b> {@link org.parallax.export.Handout} computes once what every
 * laid-out format shows: one {@link org.parallax.export.AlignedRow} per link in the reading order
 * of the chosen side ({@code tagging.Navigation}), the claims only one side makes ({@code
 * tagging.Blindspots}), one {@link org.parallax.export.TermRow} per framing term, side and frame
 * with its count and counterparts, and {@link org.parallax.export.Count}s per relation and frame.
 * Links and term tags the reader has not confirmed are left out unless asked for; rejected ones
 * always are. Orphans (tags that lost their place in the text) have no place to be shown and are
 * not exported.
 *
 * <p>The mapping of each format is described in docs/export.md.
 */
package org.parallax.export;
