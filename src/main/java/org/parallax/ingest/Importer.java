package org.parallax.ingest;

import java.nio.file.Path;
import org.parallax.model.Document;
import org.parallax.task.Progress;

/**
 * Reads a file or pasted text and cleans it: the one call the user interfaces need. A text that
 * cleaning leaves empty is refused with a message suggesting to import it without cleaning.
 */
public final class Importer {

  private final SourceReader reader;
  private final Cleaner cleaner;

  public Importer() {
    this(new SourceReader(), new Cleaner());
  }

  public Importer(SourceReader reader, Cleaner cleaner) {
    this.reader = reader;
    this.cleaner = cleaner;
  }

  /**
   * Imports a file.
   *
   * @param clean whether to remove boilerplate ({@link Cleaner#clean}) or keep the text as it is
   *     ({@link Cleaner#keepAsIs})
   * @throws ImportException with a message for the user if the file cannot be imported
   */
  public Document importFile(Path file, boolean clean) throws ImportException {
    return finish(reader.read(file), clean);
  }

  /**
   * Imports pasted text.
   *
   * @param clean whether to remove boilerplate or keep the text as it is
   * @throws ImportException with a message for the user if there is nothing to import
   */
  public Document importText(String pasted, boolean clean) throws ImportException {
    return finish(reader.fromClipboard(pasted), clean);
  }

  /**
   * Turns text already read into a document, cleaned or as it is; the window calls this when the
   * reader switches cleaning for a side.
   *
   * @throws ImportException if the text has more than {@link WordLimit#MAX_WORDS} words (checked
   *     before any other work) or cleaning leaves nothing
   */
  public Document finish(RawText raw, boolean clean) throws ImportException {
    return finish(raw, clean, Progress.NONE);
  }

  /**
   * Turns text already read into a document as {@link #finish(RawText, boolean)} does, reporting to
   * {@code progress}: the words counted take the first half (the share of the text counted so far),
   * cleaning the second.
   *
   * @throws org.parallax.task.CancelledException if {@code progress} is cancelled while counting
   */
  public Document finish(RawText raw, boolean clean, Progress progress) throws ImportException {
    WordLimit.check(raw, progress.span(0, 0.5));
    progress.checkCancelled();
    progress.report(0.5, "");
    Document document = clean ? cleaner.clean(raw) : cleaner.keepAsIs(raw);
    progress.report(1, "");
    if (document.blocks().isEmpty()) {
      throw new ImportException(
          "Nothing was left of “"
              + raw.sourceName()
              + "” after removing page clutter. Import it again with cleaning switched off.");
    }
    return document;
  }
}
