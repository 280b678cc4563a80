package org.parallax.export;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Sets the PDF's dates to the time of export given in the options and its file identifier to a
 * digest of the page it was made from (the renderer sets its title, author, subject and producer
 * from the page), so the PDF, like every export, is a function of its input: the same comparison
 * and options give the same bytes.
 */
final class PdfMetadata implements PDFCreationListener {
  private final Instant exportedAt;
  private final byte[] id;

  /** The metadata of a PDF made at {@code exportedAt} from the page {@code html}. */
  PdfMetadata(Instant exportedAt, String html) {
    this.exportedAt = exportedAt;
    this.id = Arrays.copyOf(sha256(html), 16);
  }

  @Override
  public void preOpen(PdfBoxRenderer renderer) {}

  @Override
  public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

  /** Called after the pages are drawn and the renderer has set its own dates, before saving. */
  @Override
  public void onClose(PdfBoxRenderer renderer) {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(exportedAt.toEpochMilli());
    renderer.getPdfDocument().getDocumentInformation().setCreationDate(when);
    renderer.getPdfDocument().getDocumentInformation().setModificationDate(when);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    renderer.getPdfDocument().getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
