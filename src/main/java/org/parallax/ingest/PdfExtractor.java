package org.parallax.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parallax.model.DocumentMetadata;

/**
 * Extracts the text layer of a PDF with Apache PDFBox, paragraphs separated by blank lines, and the
 * title and author from the document information.
 */
final class PdfExtractor {

  /** The extracted text and the document information. */
  record Extracted(String text, DocumentMetadata hints) {}

  private PdfExtractor() {}

  static Extracted extract(byte[] bytes, String name) throws ImportException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphStart("");
      stripper.setParagraphEnd("\n\n");
      String text = joinHyphenatedWords(stripper.getText(pdf));
      if (text.isBlank()) {
        throw new ImportException(
            "“"
                + name
                + "” seems to be a scanned image with no text layer, so there is no text to"
                + " import. Run it through text recognition (OCR) first, or paste the text.");
      }
      return new Extracted(text, hints(pdf.getDocumentInformation()));
    } catch (InvalidPasswordException e) {
      throw new ImportException(
          "“" + name + "” is protected by a password, so Parallax cannot open it.", e);
    } catch (IOException | RuntimeException e) {
      throw new ImportException(
          "“" + name + "” could not be read as a PDF; the file may be damaged or incomplete.", e);
    }
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
