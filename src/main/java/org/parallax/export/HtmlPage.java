package org.parallax.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Side;

/**
 * The parts the handout and the worksheet share: the page head with its inline style sheet, the
 * title block, claim cells and the full-text appendix. Everything written is escaped; nothing
 * refers to anything outside the page but the sources' own addresses.
 */
final class HtmlPage {
  private static final String CSS = readCss();
  private static final Pattern WEB = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private HtmlPage() {}

  static void head(Handout handout, String kind, Writer out) throws IOException {
    String title = title(handout.comparison());
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta name=\"generator\" content=\"Parallax\">\n");
    out.write("<title>" + Html.escape(kind + ": " + title) + "</title>\n");
    out.write("<style>\n" + CSS + "</style>\n</head>\n<body>\n");
  }

  static void end(Writer out) throws IOException {
    out.write("</body>\n</html>\n");
  }

  /** The comparison's title, or both essays' titles when it has none. */
  static String title(Comparison c) {
    if (!c.title().isBlank()) {
      return c.title();
    }
    return c.a().metadata().title() + " / " + c.b().metadata().title();
  }

  /** Heading, both sources side by side, annotator and date of export. */
  static void titleBlock(Handout handout, String kind, boolean annotator, Writer out)
      throws IOException {
    Comparison c = handout.comparison();
    out.write("<header>\n<h1 dir=\"auto\">" + Html.escape(title(c)) + "</h1>\n");
    out.write("<p class=\"muted\">" + Html.escape(kind) + "</p>\n");
    out.write("<table class=\"sources\">\n<thead><tr><th></th>");
    for (Side side : Side.values()) {
      out.write("<th scope=\"col\">" + side + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    source(out, "Perspective", c.a().metadata().perspective(), c.b().metadata().perspective());
    source(out, "Title", c.a().metadata().title(), c.b().metadata().title());
    source(out, "Authors", authors(c.a().metadata()), authors(c.b().metadata()));
    sourceHtml(out, "Published", published(c.a().metadata()), published(c.b().metadata()));
    List<String> urls = List.of(c.a().metadata().sourceUrl(), c.b().metadata().sourceUrl());
    if (urls.stream().anyMatch(u -> !u.isBlank())) {
      out.write("<tr><th scope=\"row\">Source</th>");
      for (String url : urls) {
        out.write("<td class=\"url\">" + address(url) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n<p class=\"muted\">");
    if (annotator && !c.annotator().isBlank()) {
      out.write("Annotated by <span dir=\"auto\">" + Html.escape(c.annotator()) + "</span>. ");
    }
    out.write("Exported on " + DAY.format(handout.options().exportedAt()) + ".</p>\n</header>\n");
  }

  private static void source(Writer out, String label, String a, String b) throws IOException {
    sourceHtml(out, label, Html.escape(a), Html.escape(b));
  }

  /** A row of the sources table whose cells are given as HTML. */
  private static void sourceHtml(Writer out, String label, String a, String b) throws IOException {
    if (a.isBlank() && b.isBlank()) {
      return;
    }
    out.write("<tr><th scope=\"row\">" + label + "</th>");
    for (String value : List.of(a, b)) {
      out.write("<td dir=\"auto\">" + value + "</td>");
    }
    out.write("</tr>\n");
  }

  /** A web address as a plain link; anything else (a file name, a note) as text. */
  private static String address(String url) {
    String text = Html.escape(url);
    return WEB.matcher(url).matches() ? "<a href=\"" + text + "\">" + text + "</a>" : text;
  }

  private static String authors(DocumentMetadata meta) {
    return String.join(", ", meta.authors());
  }

  /** Publisher and date as HTML, the date kept on one line. */
  private static String published(DocumentMetadata meta) {
    String date =
        meta.date().isBlank() ? "" : "<span class=\"date\">" + Html.escape(meta.date()) + "</span>";
    if (meta.publisher().isBlank() || meta.date().isBlank()) {
      return Html.escape(meta.publisher()) + date;
    }
    return Html.escape(meta.publisher()) + ", " + date;
  }

  /** A table cell with the claims of one side of a row, each with its id linking to its place. */
  static void claimsCell(Handout handout, List<Claim> claims, Writer out) throws IOException {
    out.write("<td class=\"claims\">");
    for (Claim claim : claims) {
      out.write("<p dir=\"auto\">");
      claimRef(claim, out);
      out.write(Html.escape(handout.text(claim)) + "</p>");
    }
    out.write("</td>");
  }

  /** The claim's id as a link to its place in the full text. */
  static void claimRef(Claim claim, Writer out) throws IOException {
    String id = Html.escape(claim.id());
    out.write("<a class=\"claim-ref\" href=\"#claim-" + id + "\">" + id + "</a>");
  }

  /** The column heading of one side: "A: its perspective". */
  static String sideHeading(Handout handout, Side side) {
    String name = handout.sideName(side);
    return Html.escape(name.equals(side.name()) ? name : side + ": " + name);
  }

  /** The appendix: both full texts with claims and terms marked. */
  static void appendix(Handout handout, boolean relations, Writer out) throws IOException {
    out.write("<section id=\"fulltext\" class=\"fulltext\">\n<h2>Full texts</h2>\n");
    out.write(
        "<p class=\"muted\">Each claim begins with its id, as in the tables; a claim in a row is"
            + " underlined"
            + (relations ? " in the colour and pattern of its relation" : "")
            + ". Framing terms are in bold.</p>\n");
    for (Side side : Side.values()) {
      out.write("<article>\n<h3 dir=\"auto\">" + sideHeading(handout, side) + "</h3>\n");
      FullText.write(handout, side, relations, out);
      out.write("</article>\n");
    }
    out.write("</section>\n");
  }

  private static String readCss() {
    try (InputStream in = HtmlPage.class.getResourceAsStream("handout.css")) {
      if (in == null) {
        throw new IllegalStateException("handout.css is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
