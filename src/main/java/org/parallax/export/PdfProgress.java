package org.parallax.export;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.extend.ReplacedElement;
import com.openhtmltopdf.extend.ReplacedElementFactory;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import com.openhtmltopdf.render.BlockBox;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parallax.task.Progress;
import org.w3c.dom.Element;

/**
 * Follows the PDF renderer through its long steps, which it runs each in one call, through three
 * hooks it calls often: the replaced-element factory it asks about every element while it computes
 * their styles (elements asked about against the page's elements), the line breaker it asks to
 * break every piece of text while laying out (characters given against the page's text), and the
 * page supplier it asks for each page while drawing (pages drawn against pages laid out). Each
 * checks for cancellation and throws {@link org.parallax.task.CancelledException}, which the
 * renderer lets through: it then closes the document without saving it. The shares of the steps are
 * those measured on a book-sized comparison (docs/benchmarks.md).
 */
final class PdfProgress implements PageSupplier {
  /** The share of the work done before styling starts (the HTML, its DOM, the style sheets). */
  static final double PREPARED = 0.05;

  /** The share done when every element has its style. */
  static final double STYLED = 0.2;

  /** The share done when layout ends. */
  static final double LAID_OUT = 0.42;

  /** The share done when the last page is drawn; saving the file takes the rest. */
  static final double DRAWN = 0.93;

  /**
   * How many times layout breaks each character, on average (measured from 1.7 on a book to 2.2 on
   * the seed pair): tables measure their cells' widths before laying them out.
   */
  private static final double BREAKS_PER_CHARACTER = 1.8;

  private final Progress progress;
  private final double elements;
  private final double layoutWork;
  private long asked;
  private long broken;
  private double shown = -1;
  private int pages = 1;

  /** Follows the rendering of a page of {@code elementCount} elements and {@code textLength}. */
  PdfProgress(Progress progress, int elementCount, long textLength) {
    this.progress = progress;
    this.elements = Math.max(1, elementCount);
    this.layoutWork = Math.max(1, textLength * BREAKS_PER_CHARACTER);
  }

  /**
   * Reports that {@code part} (0 to 1) of the preparation is done, after checking for cancellation:
   * between the HTML, its DOM and the renderer's setup, which are each one call.
   */
  static void prepared(Progress progress, double part) {
    progress.checkCancelled();
    progress.report(PREPARED * part, "Preparing the PDF");
  }

  /**
   * {@code out}, checking for cancellation at each write: saving the document (compressing it,
   * subsetting the font) is the renderer's last call.
   */
  OutputStream saving(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        progress.checkCancelled();
        out.write(bytes, offset, length);
      }
    };
  }

  /** {@code factory}, counting the elements it is asked about. */
  ReplacedElementFactory styling(ReplacedElementFactory factory) {
    return new ReplacedElementFactory() {
      @Override
      public ReplacedElement createReplacedElement(
          LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        return factory.createReplacedElement(c, box, uac, cssWidth, cssHeight);
      }

      @Override
      public boolean isReplacedElement(Element e) {
        progress.checkCancelled();
        asked++;
        if (broken == 0) {
          report(PREPARED + (STYLED - PREPARED) * Math.min(1, asked / elements), "Styling");
        }
        return factory.isReplacedElement(e);
      }
    };
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
        report(STYLED + (LAID_OUT - STYLED) * Math.min(1, broken / layoutWork), "Laying out");
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
    if (fraction - shown >= 0.005 || (fraction >= DRAWN && fraction > shown)) {
      shown = fraction;
      progress.report(fraction, message);
    }
  }
}
