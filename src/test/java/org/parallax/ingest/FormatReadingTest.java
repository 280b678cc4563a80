package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text, Markdown, HTML and pasted text, each reduced to paragraphs of text. */
class FormatReadingTest {

  @TempDir Path dir;

  private final SourceReader reader = new SourceReader();

  private RawText read(String name, String content) throws IOException, ImportException {
    return reader.read(Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8));
  }

  @Test
  void plainTextIsReadAsItIs() throws Exception {
    RawText raw = read("essay.txt", "Title\n\nFirst [link](#) paragraph.\n");
    assertThat(raw.text()).isEqualTo("Title\n\nFirst [link](#) paragraph.\n");
    assertThat(raw.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
    assertThat(raw.sourceName()).isEqualTo("essay.txt");
  }

  @Test
  void markdownLosesItsMarkupButKeepsHeadingsAsLines() throws Exception {
    RawText raw =
        read(
            "essay.md",
            "# The Old Bridge\n\nIt was *badly* damaged, said **the mayor**, in a"
                + " [report](https://town.example/r).\n![photo](b.jpg)\n\n## What next?\n\n"
                + "> Repairs start in May.\n");
    String cleaned = new Cleaner().keepAsIs(raw).text();
    assertThat(cleaned)
        .isEqualTo(
            "The Old Bridge\n\nIt was badly damaged, said the mayor, in a report.\n\n"
                + "What next?\n\nRepairs start in May.");
    assertThat(raw.format()).isEqualTo(SourceFormat.MARKDOWN);
  }

  @Test
  void markdownListItemsLoseTheirMarkersAndStandApart() throws Exception {
    RawText raw =
        read(
            "claims.md",
            "# Claims\n\nWhat they said:\n\n- Khankendi was liberated\n* The road reopened\n"
                + "  on Monday\n1. Talks began in Yevlakh.\n2) Nobody was harmed\n\n"
                + "-5 degrees overnight.\n");
    String cleaned = new Cleaner().keepAsIs(raw).text();
    assertThat(cleaned)
        .isEqualTo(
            "Claims\n\nWhat they said:\n\nKhankendi was liberated\n\nThe road reopened\non"
                + " Monday\n\nTalks began in Yevlakh.\n\nNobody was harmed\n\n-5 degrees overnight.");
  }

  @Test
  void aWrappedLineThatStartsLikeAListItemIsKeptWhole() throws Exception {
    RawText raw =
        read(
            "wrapped.md",
            "The offensive began in September\n2023. The exodus followed within days,\n"
                + "- so the report says.\n");
    String cleaned = new Cleaner().keepAsIs(raw).text();
    assertThat(cleaned).contains("September").contains("2023. The exodus").contains("- so the");
    assertThat(cleaned).doesNotContain("\n\n");
  }

  @Test
  void markdownFrontMatterGivesTitleAuthorsAndDate() throws Exception {
    RawText raw =
        read(
            "essay.markdown",
            "---\ntitle: \"The Old Bridge\"\nauthor: Jane Doe and John Roe\ndate: 2021-05-04\n---\n"
                + "Body text.\n");
    assertThat(raw.hints().title()).isEqualTo("The Old Bridge");
    assertThat(raw.hints().authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(raw.hints().date()).isEqualTo("2021-05-04");
    assertThat(raw.text().strip()).isEqualTo("Body text.");
  }

  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>The Old Bridge | Town News</title>"
          + "<meta property=\"og:title\" content=\"The Old Bridge\">"
          + "<meta name=\"author\" content=\"Jane Doe, John Roe\">"
          + "<meta property=\"og:site_name\" content=\"Town News\">"
          + "<meta property=\"article:published_time\" content=\"2021-05-04T08:00:00Z\">"
          + "<link rel=\"canonical\" href=\"https://town.example/bridge\">"
          + "<style>p { color: red }</style><script>document.write('injected')</script></head>"
          + "<body><nav><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a></nav>"
          + "<header><h1>Town News</h1></header>"
          + "<aside>Most read: cats</aside>"
          + "<article><h2>Why it matters</h2><!-- hidden comment -->"
          + "<p>The bridge was <em>badly</em>\n   damaged.</p>"
          + "<ul><li>Closed in May</li><li>Reopened in June</li></ul>"
          + "<form><input name=q><button>Search</button></form>"
          + "<iframe src=\"https://ads.example\"></iframe>"
          + "<p>Repairs cost less than feared.</p></article>"
          + "<footer>© Town News</footer></body></html>";

  @Test
  void aWebPageIsReducedToItsArticleWithBlankLinesBetweenParagraphs() throws Exception {
    RawText raw = read("bridge.html", PAGE);
    assertThat(raw.text())
        .isEqualTo(
            "Why it matters\n\nThe bridge was badly damaged.\n\n• Closed in May\n• Reopened in"
                + " June\n\nRepairs cost less than feared.");
    assertThat(raw.format()).isEqualTo(SourceFormat.HTML);
  }

  @Test
  void aWebPageGivesTitleAuthorsPublisherDateAndAddressAsHints() throws Exception {
    RawText raw = read("bridge.htm", PAGE);
    assertThat(raw.hints().title()).isEqualTo("The Old Bridge");
    assertThat(raw.hints().authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(raw.hints().publisher()).isEqualTo("Town News");
    assertThat(raw.hints().date()).isEqualTo("2021-05-04");
    assertThat(raw.hints().sourceUrl()).isEqualTo("https://town.example/bridge");
  }

  @Test
  void withoutArticleOrMainTheBodyIsUsed() throws Exception {
    RawText raw =
        read("plain.html", "<html><body><h3>Note</h3><div>One.</div><div>Two.</div></body></html>");
    assertThat(raw.text()).isEqualTo("Note\n\nOne.\n\nTwo.");
  }

  @Test
  void textABrowserWouldNotShowIsNotImported() throws Exception {
    RawText raw =
        read(
            "hidden.html",
            "<html><body><article><p>Shown one.</p>"
                + "<div hidden>Hidden by attribute.</div>"
                + "<div style=\"color: red; DISPLAY : none\">Hidden by display.</div>"
                + "<p style=\"visibility:hidden\">Hidden by visibility.</p>"
                + "<span aria-hidden=\"true\">Hidden from readers.</span>"
                + "<template><p>Template text.</p></template>"
                + "<noscript><p>Noscript text.</p></noscript>"
                + "<p style=\"display: block\">Shown two.</p></article></body></html>");
    assertThat(raw.text()).isEqualTo("Shown one.\n\nShown two.");
  }

  @Test
  void aWebPageInWindows1252DeclaringItsCharsetIsDecoded() throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>“Café” – it’s open.</p>"
            + "</body></html>";
    Path file =
        Files.write(dir.resolve("old.html"), html.getBytes(Charset.forName("windows-1252")));
    assertThat(reader.read(file).text()).isEqualTo("“Café” – it’s open.");
  }

  @Test
  void aFileWithAnUnknownExtensionIsSniffedAsHtmlOrText() throws Exception {
    assertThat(read("saved.page", "<!doctype html><p>Hello there.</p>").format())
        .isEqualTo(SourceFormat.HTML);
    assertThat(read("notes.log", "Just some notes.").format()).isEqualTo(SourceFormat.PLAIN_TEXT);
  }

  @Test
  void pastedPlainTextIsKeptAsItIs() throws Exception {
    RawText raw = reader.fromClipboard("Pasted paragraph.\n\nAnother one.");
    assertThat(raw.text()).isEqualTo("Pasted paragraph.\n\nAnother one.");
    assertThat(raw.format()).isEqualTo(SourceFormat.CLIPBOARD);
    assertThat(raw.sourceName()).isEqualTo("Pasted text");
  }

  @Test
  void pastedMarkupIsReducedToText() throws Exception {
    RawText raw =
        reader.fromClipboard(
            "<div><p>First <b>bold</b> point.</p><script>x()</script><p>Second.</p></div>");
    assertThat(raw.text()).isEqualTo("First bold point.\n\nSecond.");
    assertThat(raw.format()).isEqualTo(SourceFormat.CLIPBOARD);
  }
}
