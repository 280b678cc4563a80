package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs built here with PDFBox itself: with text, without a text layer, and locked. */
class PdfReadingTest {

  @TempDir Path dir;

  private final SourceReader reader = new SourceReader();

  private static PDDocument withLines(String... lines) throws IOException {
    PDDocument pdf = new PDDocument();
    PDPage page = new PDPage();
    pdf.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.setLeading(16);
      content.newLineAtOffset(72, 700);
      for (String line : lines) {
        content.showText(line);
        content.newLine();
      }
      content.endText();
    }
    return pdf;
  }

  @Test
  void thePdfTextLayerIsExtractedWithItsTitleAndAuthor() throws Exception {
    Path file = dir.resolve("bridge.pdf");
    try (PDDocument pdf = withLines("The old bridge was repaired in May.")) {
      pdf.getDocumentInformation().setTitle("The Old Bridge");
      pdf.getDocumentInformation().setAuthor("Jane Doe");
      pdf.save(file.toFile());
    }
    RawText raw = reader.read(file);
    assertThat(raw.text().strip()).isEqualTo("The old bridge was repaired in May.");
    assertThat(raw.format()).isEqualTo(SourceFormat.PDF);
    assertThat(raw.hints().title()).isEqualTo("The Old Bridge");
    assertThat(raw.hints().authors()).containsExactly("Jane Doe");
  }

  @Test
  void aPdfWithoutTextIsRefusedAsAScannedImage() throws Exception {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.save(file.toFile());
    }
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("“scan.pdf” seems to be a scanned image with no text layer");
  }

  @Test
  void aPasswordProtectedPdfIsRefused() throws Exception {
    Path file = dir.resolve("locked.pdf");
    try (PDDocument pdf = withLines("Secret text.")) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(file.toFile());
    }
    assertThatThrownBy(() -> reader.read(file))
        .hasMessage("“locked.pdf” is protected by a password, so Parallax cannot open it.");
  }

  @Test
  void aPdfWithAnEmptyUserPasswordOpens() throws Exception {
    Path file = dir.resolve("restricted.pdf");
    try (PDDocument pdf = withLines("Readable but restricted.")) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(file.toFile());
    }
    assertThat(reader.read(file).text().strip()).isEqualTo("Readable but restricted.");
  }

  @Test
  void aPdfWithoutTheExtensionIsRecognisedByItsSignature() throws Exception {
    Path file = dir.resolve("download");
    try (PDDocument pdf = withLines("Found by sniffing.")) {
      pdf.save(file.toFile());
    }
    assertThat(reader.read(file).format()).isEqualTo(SourceFormat.PDF);
  }
}
