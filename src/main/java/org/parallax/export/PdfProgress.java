package org.parallax.export;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parallax.task.Progress;

/**
 * Follows the PDF renderer through its two long steps, which it runs each in one call, through the
 * two hooks it calls often: the line breaker it asks to break every piece of text while laying out
 * (the characters it was given, against the page's text, measure the layout), and the page supplier
 * it asks for each page while drawing (pages drawn against pages laid out). Both check for
 * cancellation and throw {@link org.parallax.task.CancelledException}, which the renderer lets
 * through: it then closes the document without saving it.
 */
final class PdfProgress implements PageSupplier {
  /** The share of the work done before layout starts (the HTML and its DOM). */
  static final double PREPARED = 0.05;

  /** The share done when layout ends. */
  static final double LAID_OUT = 0.6;

  /** The share done when the last page is drawn; saving the file takes the rest. */
  static final double DRAWN = 0.95;

  /**
   * How many times layout breaks each character, on average: tables measure their cells' widths
   * before laying them out.
   */
  private static final double BREAKS_PER_CHARACTER = 2.0;

  private final Progress progress;
  private final double layoutWork;
  private long broken;
  private double shown = -1;
  private int pages = 1;

  PdfProgress(Progress progress, long textLength) {
    this.progress = progress;
    this.layoutWork = Math.max(1, textLength * BREAKS_PER_CHARACTER);
  }

  /** {@code breaker}, counting the text it is given. */
  FSTextBreaker lineBreaker(FSTextBreaker breaker) {
    return new FSTextBreaker() {
      @Override
      public int next() {
        return breaker.next();
      }

      @Override
      public void setText(String text) {
        progress.checkCancelled();
        broken += text.length();
        report(PREPARED + (LAID_OUT - PREPARED) * Math.min(1, broken / layoutWork), "Laying out");
        breaker.setText(text);
      }
    };
  }

  /** Layout is over: {@code pageCount} pages are to be drawn. */
  void laidOut(int pageCount) {
    progress.checkCancelled();
    pages = Math.max(1, pageCount);
    report(LAID_OUT, "Drawing " + pages + " pages");
  }

  @Override
  public PDPage requestPage(
      PDDocument doc, float pageWidth, float pageHeight, int pageNumber, int shadowPageNumber) {
    progress.checkCancelled();
    report(
        LAID_OUT + (DRAWN - LAID_OUT) * pageNumber / pages,
        "Drawing page " + (pageNumber + 1) + " of " + pages);
    PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
    doc.addPage(page);
    if (pageNumber == pages - 1) {
      report(DRAWN, "Saving the PDF");
    }
    return page;
  }

  /** Reports {@code fraction} when it moved on by a half percent at least, so reports stay few. */
  private void report(double fraction, String message) {
    if (fraction - shown >= 0.005 || fraction >= DRAWN) {
      shown = fraction;
      progress.report(fraction, message);
    }
  }
}
