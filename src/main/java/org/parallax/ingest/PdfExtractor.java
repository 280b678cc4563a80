package org.parallax.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.parallax.model.DocumentMetadata;

/**
 * Extracts the text layer of a PDF with Apache PDFBox, paragraphs separated by blank lines, and the
 * title and author from the document information.
 *
 * <p>Hostile files are stopped at the bounds of {@link PdfLimits}: streams are unpacked under a
 * size bound first ({@link PdfStreams}), the page tree is walked without recursion ({@link
 * PdfPageTree}), and extraction counts commands and characters ({@link BoundedTextStripper}). The
 * work runs on a thread of its own with a known stack, so structures nested too deeply for it fail
 * alike on every machine, and the stack overflow becomes a message like any other refusal.
 */
final class PdfExtractor {

  /** The extracted text and the document information. */
  record Extracted(String text, DocumentMetadata hints) {}

  private final PdfLimits limits;

  PdfExtractor(PdfLimits limits) {
    this.limits = limits;
  }

  /** Extracts with the {@linkplain PdfLimits#DEFAULT default bounds}. */
  static Extracted extract(byte[] bytes, String name) throws ImportException {
    return new PdfExtractor(PdfLimits.DEFAULT).read(bytes, name);
  }

  Extracted read(byte[] bytes, String name) throws ImportException {
    FutureTask<Extracted> task = new FutureTask<>(() -> readHere(bytes, name));
    Thread reader = new Thread(null, task, "parallax-pdf-reader", limits.stackBytes());
    reader.setDaemon(true);
    reader.start();
    try {
      return task.get();
    } catch (InterruptedException e) {
      reader.interrupt();
      Thread.currentThread().interrupt();
      throw new ImportException("Reading “" + name + "” was interrupted.", e);
    } catch (ExecutionException e) {
      throw refusal(e.getCause(), name);
    }
  }

  private static ImportException refusal(Throwable failure, String name) {
    if (failure instanceof ImportException refused) {
      return refused;
    }
    if (failure instanceof PdfLimitReached limit) {
      return new ImportException(limit.getMessage(), limit);
    }
    if (failure instanceof StackOverflowError) {
      return new ImportException(PdfMessages.tooDeep(name), failure);
    }
    if (failure instanceof OutOfMemoryError) {
      return new ImportException(PdfMessages.outOfMemory(name), failure);
    }
    if (failure instanceof InvalidPasswordException) {
      return new ImportException(
          "“" + name + "” is protected by a password, so Parallax cannot open it.", failure);
    }
    return new ImportException(
        "“" + name + "” could not be read as a PDF; the file may be damaged or incomplete.",
        failure);
  }

  private Extracted readHere(byte[] bytes, String name) throws IOException, ImportException {
    try (PDDocument pdf =
        Loader.loadPDF(
            bytes,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(limits.scratchBytes()).streamCache)) {
      int pages = PdfPageTree.count(pdf, limits, name);
      refuseLostPages(bytes, pages, name);
      if (pages == 0) {
        throw new ImportException(
            "“"
                + name
                + "” has no page that could be read; the file may be damaged or incomplete.");
      }
      new PdfStreams(limits, name).check(pdf.getDocument());
      BoundedTextStripper stripper = new BoundedTextStripper(limits, name);
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphStart("");
      stripper.setParagraphEnd("\n\n");
      StringWriter out = new StringWriter();
      stripper.writeText(pdf, out);
      String text = joinHyphenatedWords(out.toString());
      if (text.isBlank()) {
        throw new ImportException(
            "“"
                + name
                + "” seems to be a scanned image with no text layer, so there is no text to"
                + " import. Run it through text recognition (OCR) first, or paste the text.");
      }
      return new Extracted(text, hints(pdf.getDocumentInformation()));
    }
  }

  /**
   * A file cut short (no end-of-file marker) that PDFBox patched up: refused if its page tree once
   * named more pages than could be found.
   */
  private static void refuseLostPages(byte[] bytes, int pages, String name) throws ImportException {
    if (endsProperly(bytes)) {
      return;
    }
    long declared = PdfPageTree.declaredInBytes(bytes);
    if (declared > pages) {
      throw new ImportException(PdfMessages.pagesLost(name, pages, declared));
    }
  }

  private static boolean endsProperly(byte[] bytes) {
    byte[] tail = Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 1024), bytes.length);
    return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
  }

  /** "recon-\nciliation" becomes "reconciliation" when the line break split a lowercase word. */
  private static String joinHyphenatedWords(String text) {
    return text.replaceAll("(\\p{Ll})-\\n(\\p{Ll})", "$1$2");
  }

  private static DocumentMetadata hints(PDDocumentInformation info) {
    if (info == null) {
      return DocumentMetadata.EMPTY;
    }
    String title = info.getTitle() == null ? "" : info.getTitle().strip();
    String author = info.getAuthor() == null ? "" : info.getAuthor().strip();
    List<String> authors = author.isEmpty() ? List.of() : AuthorNames.parseList(author);
    return new DocumentMetadata(title, authors, "", "", "", "", List.of());
  }
}
