package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.PdfBytes.deflate;
import static org.parallax.ingest.PdfBytes.latin1;
import static org.parallax.ingest.PdfBytes.pages;
import static org.parallax.ingest.PdfBytes.showing;
import static org.parallax.ingest.PdfBytes.stream;
import static org.parallax.ingest.PdfBytes.text;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * PDFs made to crash, stall or flood a reader, built small here ({@link PdfBytes}) and read under
 * small bounds where the real ones would take megabytes: each ends in one sentence saying what was
 * too much, never in a stack overflow or running out of memory.
 */
class HostilePdfTest {
  private static final String LINE = "The convoy reached the capital after the blockade ended.";
  private static final PdfLimits SMALL =
      new PdfLimits(5, 20, 2_000, 1_000, 100_000, 150_000, 5_000, 1_000_000, 512 * 1024);

  private static String refusal(PdfLimits limits, byte[] pdf) {
    return assertThatThrownBy(() -> new PdfExtractor(limits).read(pdf, "x.pdf"))
        .isInstanceOf(ImportException.class)
        .actual()
        .getMessage();
  }

  @Test
  void aCompressedStreamThatUnpacksPastTheBoundIsRefusedBeforeItIsUnpackedWhole() {
    byte[] zeros = new byte[2_000_000];
    byte[] pdf = pages(stream("/Filter /FlateDecode", deflate(zeros)));

    assertThat(refusal(SMALL, pdf))
        .startsWith("“x.pdf” is too much for Parallax to read")
        .contains("unpacks to more than 100,000 bytes")
        .doesNotContain("-Xmx");
  }

  @Test
  void aBombCompressedTwiceIsStoppedAtTheBoundToo() {
    byte[] twice = deflate(deflate(new byte[2_000_000]));
    byte[] pdf = pages(stream("/Filter [/FlateDecode /FlateDecode]", twice));

    assertThat(refusal(SMALL, pdf)).contains("unpacks to more than 100,000 bytes");
  }

  @Test
  void streamsThatTogetherUnpackPastTheBoundAreRefused() {
    byte[] part = deflate(new byte[80_000]);
    byte[] pdf = pages(stream("/Filter /FlateDecode", part), stream("/Filter /FlateDecode", part));

    assertThat(refusal(SMALL, pdf)).contains("unpacks to more than 150,000 bytes");
  }

  @Test
  void textPastTheCharacterBoundIsRefused() {
    String[] lines = new String[15];
    Arrays.fill(lines, LINE);
    byte[] pdf = pages(text(lines), text(lines), text(lines));

    assertThat(refusal(SMALL, pdf)).contains("holds more than 2,000 characters");
  }

  @Test
  void aPageWithTooManyCharactersIsRefused() {
    String[] lines = new String[20];
    Arrays.fill(lines, LINE);

    assertThat(refusal(SMALL, pages(text(lines)))).contains("a page with more than 1,000");
  }

  @Test
  void contentRunningTooManyCommandsIsRefused() {
    byte[] pdf = pages(stream("", latin1("q Q\n".repeat(10_000))));

    assertThat(refusal(SMALL, pdf)).contains("runs more than 5,000 commands");
  }

  @Test
  void tooManyPagesAreRefused() {
    byte[][] six = new byte[6][];
    Arrays.fill(six, text(LINE));

    assertThat(refusal(SMALL, pages(six))).contains("has more than 5 pages");
  }

  @Test
  void aPageTreeNestedPastTheBoundIsRefused() {
    assertThat(refusal(SMALL, deepPageTree(40)))
        .isEqualTo(PdfMessages.tooDeep("x.pdf"))
        .contains("nested too deeply");
  }

  @Test
  void aPageTreeFortyThousandLevelsDeepEndsInOneSentence() {
    assertThat(refusal(PdfLimits.DEFAULT, deepPageTree(40_000))).contains("nested too deeply");
  }

  @Test
  void arraysNestedFarPastTheReadersStackEndInOneSentence() {
    String nested = "[".repeat(60_000) + "]".repeat(60_000);
    byte[] pdf = pages(stream("", latin1(showing(LINE) + nested + " pop\n")));

    assertThat(refusal(PdfLimits.DEFAULT, pdf)).contains("nested too deeply");
  }

  @Test
  void aDictionaryNestedInsideAPageEndsInOneSentence() {
    PdfBytes pdf = new PdfBytes();
    int catalog = pdf.reserve();
    int tree = pdf.reserve();
    int content = pdf.add(text(LINE));
    String nested = "<< /A ".repeat(60_000) + ">>".repeat(60_000);
    int page =
        pdf.add(
            "<< /Type /Page /Parent "
                + tree
                + " 0 R /Contents "
                + content
                + " 0 R /J "
                + nested
                + " >>");
    pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");

    assertThat(refusal(PdfLimits.DEFAULT, pdf.write(catalog)))
        .startsWith("“x.pdf”")
        .containsAnyOf("nested too deeply", "no page that could be read");
  }

  @Test
  void aPdfCutShortSaysHowManyPagesCouldBeRead() {
    byte[] whole = pages(text(LINE), text(LINE), text(LINE));
    byte[] cut = Arrays.copyOf(whole, whole.length * 55 / 100);

    assertThat(refusal(PdfLimits.DEFAULT, cut))
        .isEqualTo(PdfMessages.pagesLost("x.pdf", 1, 3))
        .contains("only 1 of its 3 pages could be read");
  }

  @Test
  void textCompressedTwiceOverIsRead() throws ImportException {
    byte[] twice = deflate(deflate(latin1(showing(LINE))));
    byte[] pdf = pages(stream("/Filter [/FlateDecode /FlateDecode]", twice));

    assertThat(new PdfExtractor(PdfLimits.DEFAULT).read(pdf, "x.pdf").text().strip())
        .isEqualTo(LINE);
  }

  @Test
  void anOrdinaryPdfIsReadUnderTheDefaultBounds() throws ImportException {
    byte[] pdf = pages(stream("/Filter /FlateDecode", deflate(latin1(showing(LINE)))));

    assertThat(new PdfExtractor(PdfLimits.DEFAULT).read(pdf, "x.pdf").text().strip())
        .isEqualTo(LINE);
  }

  /** One page under {@code depth} page-tree nodes, each the only child of the one above. */
  private static byte[] deepPageTree(int depth) {
    PdfBytes pdf = new PdfBytes();
    int catalog = pdf.reserve();
    int[] nodes = new int[depth];
    for (int i = 0; i < depth; i++) {
      nodes[i] = pdf.reserve();
    }
    int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    int content = pdf.add(text(LINE));
    int page =
        pdf.add(
            "<< /Type /Page /Parent "
                + nodes[depth - 1]
                + " 0 R /Resources << /Font << /F1 "
                + font
                + " 0 R >> >> /Contents "
                + content
                + " 0 R >>");
    for (int i = 0; i < depth; i++) {
      int kid = i + 1 < depth ? nodes[i + 1] : page;
      String parent = i > 0 ? " /Parent " + nodes[i - 1] + " 0 R" : "";
      pdf.set(nodes[i], "<< /Type /Pages" + parent + " /Kids [" + kid + " 0 R] /Count 1 >>");
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + nodes[0] + " 0 R >>");
    return pdf.write(catalog);
  }
}
