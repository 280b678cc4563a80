package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.ComparisonStore;
import org.parallax.store.Samples;

class ExportCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path saved() throws Exception {
    Path file = dir.resolve("small.parallax.json");
    new ComparisonStore().save(Samples.small(), file);
    return file;
  }

  @Test
  void withoutOutputATextFormatGoesToStandardOutput() throws Exception {
    int code = run("export", saved().toString(), "--to", "md");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("# Corridor or blockade\n")
        .contains(
            "| 1 | **A3** Critics said the checkpoint blocked supplies for months. | Reframe |")
        .doesNotContain("\n| 2 |");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void dashMeansStandardOutputAndIncludeSuggestionsAddsThem() throws Exception {
    int code =
        run("export", saved().toString(), "--to", "md", "-o", "-", "--include", "suggestions");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("**A1** The road reopened on Monday.");
  }

  @Test
  void withOutputTheFileIsWrittenWholeAndNamedOnStandardOutput() throws Exception {
    Path target = dir.resolve("handout.html");

    int code = run("export", saved().toString(), "--to", "html", "-o", target.toString());

    assertThat(code).isZero();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n")
        .contains("checkpoint vs blockade");
    assertThat(out.toString().strip()).isEqualTo("Wrote " + target + " (Handout (HTML)).");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("small.parallax.json", "handout.html");
    }
  }

  @Test
  void theCsvOptionsChooseTheRowsAndTheByteOrderMark() throws Exception {
    Path target = dir.resolve("terms.csv");

    int code =
        run(
            "export",
            saved().toString(),
            "--to",
            "csv",
            "--what",
            "terms",
            "--bom",
            "-o",
            target.toString());

    assertThat(code).isZero();
    String csv = Files.readString(target, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFkind,id,");
    assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("term,"));
    assertThat(csv.lines().count()).isEqualTo(3);
  }

  @Test
  void theOrderOptionReordersTheRows() throws Exception {
    Path file = saved();
    String[] args = {
      "export", file.toString(), "--to", "csv", "--what", "links", "--include", "suggestions"
    };

    run(args);
    String inOrderOfA = out.toString();
    out.getBuffer().setLength(0);
    run(Stream.concat(Stream.of(args), Stream.of("--order", "B")).toArray(String[]::new));

    assertThat(linkIds(inOrderOfA)).containsExactly("L2", "L1");
    assertThat(linkIds(out.toString())).containsExactly("L1", "L2");
  }

  private static List<String> linkIds(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .stream()
        .map(r -> r.get("id"))
        .toList();
  }

  @Test
  void anUnknownFormatIsOneLineNamingTheFormatsAndExitTwo() throws Exception {
    int code = run("export", saved().toString(), "--to", "docx");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith(
            "parallax: Invalid value for option '--to': there is no format 'docx';"
                + " choose one of html, pdf, worksheet, md, csv, wa, aif, qdc")
        .contains("See 'parallax export --help'.");
  }

  @Test
  void aBadComparisonGetsValidatesMessageExitTwoAndNoOutputFile() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.parallax.json"), "{\"format\": ");
    Path target = dir.resolve("out.html");

    int code = run("export", broken.toString(), "--to", "html", "-o", target.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("parallax: " + broken + ": The file ends too early; it may have been cut off");
    assertThat(target).doesNotExist();
  }

  @Test
  void anExistingOutputIsKeptWholeWhenTheInputIsBad() throws Exception {
    Path target = Files.writeString(dir.resolve("out.md"), "an earlier export");

    int code =
        run(
            "export",
            dir.resolve("nowhere.parallax.json").toString(),
            "--to",
            "md",
            "-o",
            target.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("parallax: There is no file at " + dir.resolve("nowhere.parallax.json") + ".");
    assertThat(Files.readString(target)).isEqualTo("an earlier export");
  }

  @Test
  void theComparisonItselfIsNeverOverwritten() throws Exception {
    Path file = saved();
    byte[] before = Files.readAllBytes(file);

    int code = run("export", file.toString(), "--to", "md", "-o", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("would overwrite the comparison being exported");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aFolderInTheWayIsReportedAndExitsOne() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("out.html"));

    int code = run("export", saved().toString(), "--to", "html", "-o", folder.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("parallax: Could not write " + folder + ": ")
        .endsWith("The file is unchanged.");
  }

  @Test
  void aWrongSideIsAUsageError() throws Exception {
    int code = run("export", saved().toString(), "--to", "md", "--order", "c");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("'c' is not a side; use a or b");
  }

  @Test
  void aPdfIsWrittenToTheNamedFileAndReadsBackWithItsRows() throws Exception {
    Path target = dir.resolve("handout.pdf");

    int code = run("export", saved().toString(), "--to", "pdf", "-o", target.toString());

    assertThat(code).isZero();
    assertThat(pdfText(Files.readAllBytes(target)))
        .contains("Critics said the checkpoint blocked supplies for months.", "Reframe");
    assertThat(out.toString().strip()).isEqualTo("Wrote " + target + " (Handout (PDF)).");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aPdfGoesToStandardOutputWhenThatIsNotATerminal() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int code =
        ParallaxCommand.run(
            bytes, new PrintWriter(err), "export", saved().toString(), "--to", "pdf");

    assertThat(code).isZero();
    assertThat(pdfText(bytes.toByteArray()))
        .contains("Supplies did not reach Stepanakert for months.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void paperLetterGivesLetterPages() throws Exception {
    Path target = dir.resolve("letter.pdf");

    int code =
        run("export", saved().toString(), "--to", "pdf", "--paper", "letter", "-o", "" + target);

    assertThat(code).isZero();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(target))) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, within(1f));
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(792f, within(1f));
    }
  }

  @Test
  void withoutAByteStreamForStandardOutputAPdfAsksForAFile() throws Exception {
    int code = run("export", saved().toString(), "--to", "pdf");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("--to pdf is not text; name the file to write with -o");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }
}
