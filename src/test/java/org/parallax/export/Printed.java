package org.parallax.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The page a browser shows, printed to PDF by the browser (as a reader's "Print → Save as PDF"
 * does, backgrounds off) and read back with PDFBox: each printed page's size in points and text.
 */
record Printed(List<float[]> sizes, List<String> pages, List<String> squeezed) {

  Printed(List<float[]> sizes, List<String> pages) {
    this(sizes, pages, pages.stream().map(Printed::squeeze).toList());
  }

  static Printed of(PrintsPage browser, PageSize size) throws IOException {
    PrintOptions options = new PrintOptions();
    options.setPageSize(size);
    byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<float[]> sizes = new ArrayList<>();
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i - 1);
        sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return new Printed(sizes, pages);
    }
  }

  /** The first non-blank line of each page. */
  List<String> firstLines() {
    return pages.stream().map(p -> p.strip().lines().findFirst().orElse("").strip()).toList();
  }

  /** The pages (from 0) whose text holds {@code text}, compared without white space. */
  List<Integer> pagesHolding(String text) {
    String wanted = squeeze(text);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < squeezed.size(); i++) {
      if (squeezed.get(i).contains(wanted)) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * The first page holding any of {@code parts}: where a table row that holds them starts (the full
   * texts, which repeat the claims, come after the tables).
   */
  int firstPageOfAny(List<String> parts) {
    return parts.stream()
        .flatMap(p -> pagesHolding(p).stream())
        .min(Integer::compare)
        .orElseThrow(() -> new AssertionError("not printed: " + parts));
  }

  /** How many times page {@code page} (from 0) holds {@code text}, compared without white space. */
  int count(int page, String text) {
    String wanted = squeeze(text);
    String on = squeezed.get(page);
    int n = 0;
    for (int at = on.indexOf(wanted); at >= 0; at = on.indexOf(wanted, at + wanted.length())) {
      n++;
    }
    return n;
  }

  /** The points of one millimetre. */
  static final float MM = 72f / 25.4f;

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
