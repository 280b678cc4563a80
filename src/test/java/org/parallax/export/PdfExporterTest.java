package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/**
 * The PDF handout of the export fixture, read back with PDFBox: its text, its font, its outline and
 * its metadata; and its progress and cancellation.
 */
class PdfExporterTest {
  private static final ExportOptions OPTIONS = ExportOptions.defaults(ExportFixture.EXPORTED);

  private static byte[] pdf;
  private static String text;

  @BeforeAll
  static void render() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfExporter().write(ExportFixture.comparison(), OPTIONS, out);
    pdf = out.toByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // the order the renderer drew the text in: cell by cell, so a wrapped claim stays whole
      stripper.setSortByPosition(false);
      text = stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void isAPdfThatIsNotTextAndIsOfferedAsPdf() {
    PdfExporter exporter = new PdfExporter();

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(exporter.isText()).isFalse();
    assertThat(exporter.extension()).isEqualTo("pdf");
    assertThat(Exporters.byId("pdf")).containsInstanceOf(PdfExporter.class);
  }

  @Test
  void holdsEveryConfirmedRowsClaimsAndNotesButNotTheRejectedOne() {
    assertThat(text)
        .contains(
            "The Lachin road reopened on 1 October.",
            "The Lachin corridor stayed closed until the offensive.",
            "Officials called it a \"humanitarian corridor\" & a sign of peace.",
            "Families called it a blockade (Ճանապարհը փակ է).",
            "Residents of Ağdam returned to their villages.",
            "Dates disagree: \"reopened\" against \"stayed closed\" <check the 1 October date>.",
            "Contradict",
            "Reframe",
            "Partial",
            "Agree")
        .doesNotContain("Not the same point at all.");
  }

  @Test
  void everySectionHasItsHeadingAndTheAzerbaijaniAndArmenianLettersAreText() {
    assertThat(text)
        .contains(
            "Corridor or blockade: the Lachin road",
            "Aligned claims",
            "Only in one essay",
            "Framing terms",
            "Counts",
            "Full texts",
            "Leyla Məmmədova",
            "Xankəndi",
            "Aygün Şükürova",
            "Şuşa",
            "Արամ Պետրոսյան",
            "Լաչինի ճանապարհը");
  }

  @Test
  void everyGlyphIsSetInTheShippedFontEmbeddedNeverAFallback() throws IOException {
    Set<String> fonts = new TreeSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
    }
    assertThat(fonts).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
  }

  @Test
  void pagesAreA4WithASectionPerPageAndAnOutlineEntryPerSection() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle a4 = PDRectangle.A4;
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(a4.getWidth(), within(1));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(a4.getHeight(), within(1));
      }
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
        item.children().forEach(child -> outline.add("  " + child.getTitle()));
      }
      assertThat(outline)
          .containsExactly(
              "Aligned claims",
              "Only in one essay",
              "Framing terms",
              "Counts",
              "Full texts",
              "  A: Azerbaijani perspective",
              "  B: Armenian perspective");
    }
  }

  @Test
  void theTitleAuthorAndDateAreTheComparisons() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Handout: Corridor or blockade: the Lachin road");
      assertThat(info.getAuthor()).isEqualTo("Leyla Məmmədova");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(ExportFixture.EXPORTED);
    }
  }

  @Test
  void theSameComparisonAndOptionsGiveTheSameBytes() throws IOException {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    new PdfExporter().write(ExportFixture.comparison(), OPTIONS, again);

    assertThat(again.toByteArray()).isEqualTo(pdf);
  }

  @Test
  void progressRisesFromZeroToOneThroughLayoutAndEveryPage() throws IOException {
    Recorder progress = new Recorder(r -> false);

    new PdfExporter()
        .write(ExportFixture.comparison(), OPTIONS, new ByteArrayOutputStream(), progress);

    assertThat(progress.fractions.get(0)).isZero();
    assertThat(progress.fractions.get(progress.fractions.size() - 1)).isEqualTo(1.0);
    assertThat(progress.fractions).isSorted();
    assertThat(progress.messages).contains("Styling", "Laying out", "Drawing page 2 of 5");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Preparing the PDF",
        "Styling",
        "Laying out",
        "Drawing page 2 of 5",
        "Saving the PDF"
      })
  void cancellingAtAnyStepStopsThereWithNothingWritten(String step) {
    Recorder progress = new Recorder(r -> r.messages.contains(step));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> new PdfExporter().write(ExportFixture.comparison(), OPTIONS, out, progress))
        .isInstanceOf(CancelledException.class);
    assertThat(out.size()).isZero();
    assertThat(progress.messages).endsWith(step).doesNotContain("PDF written");
  }

  private static org.assertj.core.data.Offset<Float> within(float offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  /** Records every report; cancelled once {@code cancelWhen} holds. */
  private static final class Recorder implements Progress {
    final List<Double> fractions = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    private final Predicate<Recorder> cancelWhen;

    Recorder(Predicate<Recorder> cancelWhen) {
      this.cancelWhen = cancelWhen;
    }

    @Override
    public void report(double fraction, String message) {
      fractions.add(fraction);
      messages.add(message);
    }

    @Override
    public boolean isCancelled() {
      return cancelWhen.test(this);
    }
  }
}
