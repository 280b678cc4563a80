package org.parallax.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.ingest.PdfBytes;
import org.parallax.ingest.SourceReader;

/**
 * How quickly the essay readers refuse files made to exhaust them, through the window's own door
 * ({@link Importer#importFile}): 100,000 nested divs, a PDF whose one stream unpacks to 70 MB of
 * zeros, a PDF of 6,000 pages, and an essay just under the 20 MB limit with more words than
 * Parallax aligns. Median of three runs after a warm-up; each row also gives the refusal.
 */
public final class RefusalBenchmark implements Benchmark {
  private static final int RUNS = 3;
  private static final String LINE = "The convoy reached the capital after the blockade ended.";

  @Override
  public String name() {
    return "hostile-refusal";
  }

  @Override
  public String run() throws Exception {
    StringBuilder md = new StringBuilder("## Hostile files refused\n\n");
    md.append(Benchmarks.environment())
        .append(". Each file imported as the window imports it (`Importer.importFile`); median of ")
        .append(RUNS)
        .append(
            " runs after a warm-up.\n\n| file | size | refused in | the refusal |\n|---|---|---|---|\n");
    Path dir = Files.createTempDirectory("parallax-refusals");
    try {
      byte[][] pages = new byte[6_000][];
      Arrays.fill(pages, PdfBytes.text(LINE));
      List<Case> cases =
          List.of(
              new Case(
                  "100,000 nested divs",
                  "nested.html",
                  ("<html><body><p>"
                          + LINE
                          + "</p>"
                          + "<div>".repeat(100_000)
                          + "deep"
                          + "</div>".repeat(100_000)
                          + "</body></html>")
                      .getBytes(StandardCharsets.UTF_8)),
              new Case(
                  "PDF stream of 70 MB of zeros, compressed",
                  "bomb.pdf",
                  PdfBytes.pages(
                      PdfBytes.stream(
                          "/Filter /FlateDecode", PdfBytes.deflate(new byte[70 * 1024 * 1024])))),
              new Case("PDF of 6,000 pages", "pages.pdf", PdfBytes.pages(pages)),
              new Case(
                  "plain text just under 20 MB",
                  "large.txt",
                  essay(SourceReader.MAX_BYTES - 1024).getBytes(StandardCharsets.UTF_8)));
      for (Case c : cases) {
        Path file = Files.write(dir.resolve(c.name()), c.bytes());
        String refusal = "";
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
          long t0 = System.nanoTime();
          try {
            new Importer().importFile(file, true);
            refusal = "(read, not refused)";
          } catch (ImportException e) {
            refusal = e.getMessage();
          }
          if (i > 0) {
            times.add((System.nanoTime() - t0) / 1e9);
          }
        }
        String row =
            String.format(
                Locale.ROOT,
                "| %s | %,.1f MB | %.2f s | %s |",
                c.what(),
                c.bytes().length / (1024.0 * 1024),
                Benchmarks.median(times),
                refusal.replace("|", "\\|"));
        System.out.println(row);
        md.append(row).append('\n');
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
    md.append(
        "\nCommand: `mvn -B -ntp -Pbench -DskipTests verify -Dbench.names=hostile-refusal`.\n");
    return md.toString();
  }

  private record Case(String what, String name, byte[] bytes) {}

  private static String essay(long bytes) {
    String sentence = LINE + " ";
    StringBuilder text = new StringBuilder((int) bytes);
    while (text.length() + sentence.length() < bytes) {
      text.append(sentence);
    }
    return text.toString();
  }

  public static void main(String[] args) throws Exception {
    System.out.println(new RefusalBenchmark().run());
  }
}
