package org.parallax.export;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.logging.Level;
import org.parallax.model.Comparison;
import org.parallax.task.Progress;

/**
 * The handout as PDF, made in-process by openhtmltopdf on PDFBox: the handout's HTML (with text
 * symbols and boxes for its pictures, {@link PdfPictures}) turned into XHTML with a print style
 * sheet of its own ({@link PdfDocument}), laid out on A4 or Letter pages in the font shipped in the
 * jar ({@link PdfFonts}), so the same file comes out on every machine. Nothing outside the page is
 * ever fetched. Reports its progress while laying out and drawing pages, and stops when cancelled
 * ({@link PdfProgress}); nothing is written to the stream before the whole document is made.
 */
final class PdfExporter implements Exporter {

  static {
    XRLog.setLoggerImpl(new QuietLog());
  }

  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public String displayName() {
    return "Handout (PDF)";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  public void write(Comparison comparison, ExportOptions options, OutputStream out)
      throws IOException {
    write(comparison, options, out, Progress.NONE);
  }

  @Override
  public void write(
      Comparison comparison, ExportOptions options, OutputStream out, Progress progress)
      throws IOException {
    progress.checkCancelled();
    progress.report(0, "Preparing the PDF");
    Handout handout = Handout.of(comparison, options);
    StringWriter html = new StringWriter(1 << 16);
    new HandoutExporter(new PdfPictures()).write(comparison, options, html);
    PdfProgress.prepared(progress, 0.3);
    PdfDocument document = PdfDocument.of(html.toString(), handout);
    PdfProgress watch = new PdfProgress(progress, document.elementCount(), document.textLength());
    PdfProgress.prepared(progress, 0.45);
    org.w3c.dom.Document xhtml = document.xhtml();
    PdfProgress.prepared(progress, 0.6);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder
        .withW3cDocument(xhtml, PdfDocument.BASE_URI)
        .useExternalResourceAccessControl((uri, type) -> false, priority(true))
        .useExternalResourceAccessControl((uri, type) -> false, priority(false))
        .useDefaultPageSize(width(options.paper()), height(options.paper()), PageSizeUnits.MM)
        .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
        .useUnicodeBidiReorderer(new ICUBidiReorderer())
        .useUnicodeLineBreaker(watch.lineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT)))
        .usePageSupplier(watch)
        .withProducer("Parallax")
        .toStream(watch.saving(pdf));
    PdfFonts.register(builder);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      PdfProgress.prepared(progress, 1);
      SharedContext context = renderer.getSharedContext();
      context.setReplacedElementFactory(watch.styling(context.getReplacedElementFactory()));
      renderer.setListener(new PdfMetadata(options.exportedAt(), html.toString()));
      renderer.layout();
      watch.laidOut(renderer.getRootBox().getLayer().getPages().size());
      renderer.createPDF();
    }
    pdf.writeTo(out);
    progress.report(1, "PDF written");
  }

  /**
   * The renderer's log, silenced: it would print every CSS property it does not know (the page's
   * style sheet is written for browsers) to the command line's error stream.
   */
  private static final class QuietLog implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }

  /** The page's width in millimetres. */
  private static float width(ExportOptions.Paper paper) {
    return paper == ExportOptions.Paper.LETTER ? 215.9f : 210;
  }

  /** The page's height in millimetres. */
  private static float height(ExportOptions.Paper paper) {
    return paper == ExportOptions.Paper.LETTER ? 279.4f : 297;
  }

  private static ExternalResourceControlPriority priority(boolean before) {
    return before
        ? ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI
        : ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI;
  }
}
