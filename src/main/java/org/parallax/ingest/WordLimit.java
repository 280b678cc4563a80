package org.parallax.ingest;

import java.util.Locale;
import org.parallax.task.Progress;

/**
 * The longest essay Parallax imports, in words: a long book. Aligning time and memory grow with the
 * words of both sides; at this size an essay aligns with the meaning model in about the time and
 * memory of the book-scale target (docs/benchmarks.md), and a 20 MB file of plain prose (over three
 * million words) would take minutes and gigabytes. The text is counted before it is cleaned,
 * segmented or aligned, so a text that is too long costs one quick pass and nothing else. The file
 * size limit ({@link SourceReader#MAX_BYTES}) stays: it bounds what is read at all, and a web page
 * or PDF carries much more than its words.
 */
public final class WordLimit {

  /** Essays of more words than this are refused. */
  public static final int MAX_WORDS = 200_000;

  /** How many characters are counted between two progress reports. */
  private static final int REPORT_EVERY = 1 << 18;

  private WordLimit() {}

  /**
   * Refuses {@code raw} if it has more than {@link #MAX_WORDS} words.
   *
   * @throws ImportException naming the text and its size
   */
  static void check(RawText raw) throws ImportException {
    check(raw, Progress.NONE);
  }

  /**
   * Refuses {@code raw} as {@link #check(RawText)} does, reporting to {@code progress} the share of
   * the text counted so far (counting a 20 MB text takes a good part of a second).
   */
  static void check(RawText raw, Progress progress) throws ImportException {
    long words = count(raw.text(), progress);
    if (words > MAX_WORDS) {
      throw new ImportException(
          "“"
              + raw.sourceName()
              + "” is too long to align: "
              + String.format(Locale.ROOT, "%,d", words)
              + " words (about "
              + megabytes(raw.text().length())
              + " MB of text); Parallax aligns essays of up to "
              + String.format(Locale.ROOT, "%,d", MAX_WORDS)
              + " words, a long book.");
    }
  }

  /** The words of {@code text}: runs of letters and digits, in one pass. */
  static long count(String text) {
    return count(text, Progress.NONE);
  }

  private static long count(String text, Progress progress) {
    long count = 0;
    boolean inWord = false;
    int nextReport = REPORT_EVERY;
    for (int i = 0; i < text.length(); ) {
      if (i >= nextReport) {
        progress.checkCancelled();
        progress.report(i / (double) text.length(), "");
        nextReport += REPORT_EVERY;
      }
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetterOrDigit(cp);
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
      i += Character.charCount(cp);
    }
    return count;
  }

  private static String megabytes(int chars) {
    return String.format(Locale.ROOT, "%.0f", Math.max(1, chars / (1024.0 * 1024)));
  }
}
