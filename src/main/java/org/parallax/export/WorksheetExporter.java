package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

/**
 * The worksheet: the handout's aligned rows with the relation and the note left blank (a tick box
 * for each relation of the codebook and ruled lines for the reason), and the framing-terms table
 * with the frame column blank, for a class to fill in; the handout is the teacher's key. The full
 * texts follow with claims and terms marked but not their relations or frames.
 */
final class WorksheetExporter extends TextExporter {
  private static final int REASON_LINES = 2;

  @Override
  public String id() {
    return "worksheet";
  }

  @Override
  public String displayName() {
    return "Worksheet (HTML)";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  void write(Comparison comparison, ExportOptions options, Writer out) throws IOException {
    Handout h = Handout.of(comparison, options);
    HtmlPage.head(h, "Worksheet", out);
    out.write("<section id=\"links\">\n");
    HtmlPage.titleBlock(h, "Worksheet", false, out);
    out.write("<p class=\"student\">Name: <span></span> Date: <span></span></p>\n");
    out.write("<h2>Aligned claims</h2>\n");
    out.write(
        "<p>For each pair of claims, tick the relation you see and give your reason in a"
            + " sentence.</p>\n");
    rows(h, out);
    out.write("</section>\n");
    Questions.html(Questions.forWorksheet(h), true, out);
    terms(h, out);
    HtmlPage.appendix(h, false, out);
    HtmlPage.end(out);
  }

  private static void rows(Handout h, Writer out) throws IOException {
    if (h.rows().isEmpty()) {
      out.write("<p>No links to show.</p>\n");
      return;
    }
    List<TagKind> relations = h.comparison().codebook().kinds(TagTarget.LINK);
    out.write("<table class=\"links\">\n<thead><tr><th>#</th><th scope=\"col\">");
    out.write(HtmlPage.sideHeading(h, Side.A) + "</th><th scope=\"col\">Relation</th>");
    out.write("<th scope=\"col\">" + HtmlPage.sideHeading(h, Side.B) + "</th></tr></thead>\n");
    for (AlignedRow row : h.rows()) {
      out.write("<tbody class=\"row\">\n<tr><td class=\"num\">" + row.number() + "</td>");
      HtmlPage.claimsCell(h, row.a(), out);
      out.write("<td class=\"relation choices\">");
      for (TagKind kind : relations) {
        out.write(
            "<span class=\"choice\"><span class=\"box\"></span>"
                + Html.escape(kind.label())
                + "</span>");
      }
      out.write("</td>");
      HtmlPage.claimsCell(h, row.b(), out);
      out.write("</tr>\n<tr class=\"note reason\"><td></td><td colspan=\"3\">");
      out.write("<span class=\"label\">Reason:</span>");
      for (int i = 0; i < REASON_LINES; i++) {
        out.write("<div class=\"line\"></div>");
      }
      out.write("</td></tr>\n</tbody>\n");
    }
    out.write("</table>\n");
  }

  private static void terms(Handout h, Writer out) throws IOException {
    out.write("<section id=\"terms\">\n<h2>Framing terms</h2>\n");
    out.write("<p>Write the frame each term puts on the events. The frames are:</p>\n<p>");
    List<TagKind> frames = h.comparison().codebook().kinds(TagTarget.TERM);
    for (int i = 0; i < frames.size(); i++) {
      out.write((i == 0 ? "" : " · ") + Html.escape(frames.get(i).label()));
    }
    out.write(
        "</p>\n<table class=\"terms\">\n<thead><tr><th>Term</th><th>Side</th>"
            + "<th>Counterpart on the other side</th><th class=\"n\">Count</th><th>Frame</th></tr></thead>\n"
            + "<tbody>\n");
    for (TermRow row : h.termRows()) {
      out.write("<tr><td dir=\"auto\"><b>" + Html.escape(row.term()) + "</b></td>");
      out.write("<td>" + row.side() + "</td>");
      out.write("<td dir=\"auto\">" + Html.escape(String.join(", ", row.counterparts())) + "</td>");
      out.write("<td class=\"n\">" + row.count() + "</td>");
      out.write("<td class=\"blank\"></td></tr>\n");
    }
    out.write("</tbody>\n</table>\n</section>\n");
  }
}
