package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.summary.SideSummary;
import org.parallax.summary.Summary;
import org.parallax.summary.TermUse;

/**
 * The handout: one self-contained HTML page that opens offline and prints well. Title block, the
 * aligned claims in the chosen side's reading order (relation by label, colour, icon and border
 * pattern, with the note), the claims only one side makes, the framing terms, the counts with a
 * small inline SVG chart, and both full texts with claims and terms marked. Each section after the
 * first starts a new printed page; table headers repeat and rows are not split across pages.
 */
final class HandoutExporter extends TextExporter {
  private static final int BAR_WIDTH = 160;

  private final HandoutPictures pictures;

  HandoutExporter() {
    this(HandoutPictures.SVG);
  }

  /** A handout that draws its icons and bars with {@code pictures}. */
  HandoutExporter(HandoutPictures pictures) {
    this.pictures = pictures;
  }

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String displayName() {
    return "Handout (HTML)";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  void write(Comparison comparison, ExportOptions options, Writer out) throws IOException {
    Handout h = Handout.of(comparison, options);
    HtmlPage.head(h, "Handout", out);
    out.write("<section id=\"links\">\n");
    HtmlPage.titleBlock(h, "Handout", true, out);
    out.write("<h2>Aligned claims</h2>\n");
    out.write("<p class=\"muted\">" + Sentences.rowsIntro(h) + "</p>\n");
    legend(comparison, out);
    rows(h, out);
    out.write("</section>\n");
    Questions.html(Questions.forHandout(h), false, out);
    onlyIn(h, out);
    terms(h, out);
    counts(h, out);
    HtmlPage.appendix(h, true, out);
    HtmlPage.end(out);
  }

  private void legend(Comparison c, Writer out) throws IOException {
    out.write("<table class=\"legend\">\n<tbody>\n");
    for (TagKind kind : c.codebook().kinds(TagTarget.LINK)) {
      out.write(
          "<tr>"
              + relationCell(
                  "sample", kind.id(), Html.colour(kind.colour()), Html.escape(kind.label()))
              + "<td>"
              + Html.escape(kind.description())
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  /**
   * A cell showing relation {@code id} as a row does: a bar down its left side in the relation's
   * colour and border pattern, its icon in that colour, and its label in the text colour (legible
   * in greyscale whatever the codebook's colour).
   */
  private String relationCell(String cssClass, String id, String colour, String label) {
    return "<td class=\""
        + cssClass
        + " pattern-"
        + RelationLook.border(id)
        + "\" style=\"border-left-color:"
        + colour
        + "\"><span class=\"mark\" style=\"color:"
        + colour
        + "\">"
        + pictures.icon(id)
        + "</span>"
        + label
        + "</td>";
  }

  private void rows(Handout h, Writer out) throws IOException {
    if (h.rows().isEmpty()) {
      out.write("<p>No links to show.</p>\n");
      return;
    }
    out.write("<table class=\"links\">\n<thead><tr><th>#</th><th scope=\"col\">");
    out.write(HtmlPage.sideHeading(h, Side.A) + "</th><th scope=\"col\">Relation</th>");
    out.write("<th scope=\"col\">" + HtmlPage.sideHeading(h, Side.B) + "</th></tr></thead>\n");
    for (AlignedRow row : h.rows()) {
      Optional<TagKind> suggestedKind = row.suggestedRelation(h.comparison().codebook());
      String id = row.relation().or(() -> suggestedKind).map(TagKind::id).orElse("");
      String colour =
          row.relation()
              .or(() -> suggestedKind)
              .map(k -> Html.colour(k.colour()))
              .orElse("#757575");
      out.write("<tbody class=\"row\" id=\"link-" + Html.escape(row.link().id()) + "\">\n<tr>");
      out.write("<td class=\"num\">" + row.number() + "</td>");
      HtmlPage.claimsCell(h, row.a(), out);
      out.write(
          relationCell(
              "relation",
              id,
              colour,
              (row.relation().isPresent()
                      ? Html.escape(row.relation().get().label())
                      : "<span class=\"suggested\">"
                          + suggestedKind
                              .map(k -> Html.escape(k.label()))
                              .orElse(Handout.NO_RELATION)
                          + "</span>")
                  + (suggestedKind.isPresent()
                      ? "<br><span class=\"suggested\">suggested relation</span>"
                      : row.suggested() ? "<br><span class=\"suggested\">suggested</span>" : "")));
      HtmlPage.claimsCell(h, row.b(), out);
      out.write("</tr>\n");
      if (!row.link().note().isBlank()) {
        out.write(
            "<tr class=\"note\"><td></td><td colspan=\"3\" dir=\"auto\"><span class=\"label\">"
                + "Note:</span> "
                + Html.escape(row.link().note())
                + "</td></tr>\n");
      }
      out.write("</tbody>\n");
    }
    out.write("</table>\n");
  }

  private static void onlyIn(Handout h, Writer out) throws IOException {
    out.write("<section id=\"only\" class=\"only\">\n<h2>Only in one essay</h2>\n");
    out.write("<p class=\"muted\">" + Sentences.onlyInIntro(h) + "</p>\n");
    for (Side side : Side.values()) {
      List<Claim> claims = h.onlyIn(side);
      out.write("<h3>Only in " + HtmlPage.sideHeading(h, side) + "</h3>\n");
      if (claims.isEmpty()) {
        out.write("<p>None.</p>\n");
        continue;
      }
      out.write("<ol>\n");
      for (Claim claim : claims) {
        out.write("<li dir=\"auto\">");
        HtmlPage.claimRef(claim, out);
        out.write(Html.escape(h.text(claim)) + "</li>\n");
      }
      out.write("</ol>\n");
    }
    out.write("</section>\n");
  }

  private static void terms(Handout h, Writer out) throws IOException {
    out.write("<section id=\"terms\">\n<h2>Framing terms</h2>\n");
    List<TermRow> rows = h.termRows();
    if (rows.isEmpty()) {
      out.write("<p>No framing terms tagged.</p>\n</section>\n");
      return;
    }
    out.write(
        "<table class=\"terms\">\n<thead><tr><th>Term</th><th>Side</th><th>Frame</th>"
            + "<th>Counterpart on the other side</th><th class=\"n\">Count</th><th>Note</th></tr></thead>\n"
            + "<tbody>\n");
    for (TermRow row : rows) {
      out.write("<tr><td dir=\"auto\"><b>" + Html.escape(row.term()) + "</b></td>");
      out.write("<td>" + row.side() + "</td>");
      out.write(
          "<td><span style=\"border-left:6px solid "
              + Html.colour(row.frame().colour())
              + ";padding-left:.3em\">"
              + Html.escape(row.frame().label())
              + "</span></td>");
      out.write("<td dir=\"auto\">" + Html.escape(String.join(", ", row.counterparts())) + "</td>");
      out.write("<td class=\"n\">" + row.count() + "</td>");
      out.write(
          "<td dir=\"auto\">" + Html.escape(String.join(" / ", row.notes())) + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n</section>\n");
  }

  private void counts(Handout h, Writer out) throws IOException {
    out.write("<section id=\"counts\">\n<h2>Counts</h2>\n");
    countTable("Links by relation", h.relationCounts(), out);
    countTable("Framing terms by frame", h.frameCounts(), out);
    Summary summary = Summary.of(h.comparison());
    coverage(h, summary, out);
    topTerms(h, summary, out);
    out.write("</section>\n");
  }

  /** How much of each essay the other answers: its claims with a confirmed counterpart. */
  private void coverage(Handout h, Summary summary, Writer out) throws IOException {
    out.write("<h3>Claims with a counterpart</h3>\n<table class=\"coverage\">\n<tbody>\n");
    for (Side side : Side.values()) {
      SideSummary s = summary.side(side);
      long percent = Math.round(s.matchedShare() * 100);
      out.write("<tr><td class=\"label\">" + HtmlPage.sideHeading(h, side) + "</td>");
      out.write("<td class=\"n\">" + s.matched() + " of " + s.claims() + "</td>");
      out.write("<td class=\"n\">" + percent + "%</td>");
      out.write(
          "<td>"
              + pictures.bar(
                  (int) Math.round(BAR_WIDTH * s.matchedShare()), BAR_WIDTH, "#5e81ac", s.matched())
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  /** Each side's most tagged framing terms. */
  private static void topTerms(Handout h, Summary summary, Writer out) throws IOException {
    out.write("<h3>Most tagged terms</h3>\n<table class=\"top-terms\">\n<thead><tr>");
    for (Side side : Side.values()) {
      out.write("<th scope=\"col\">" + HtmlPage.sideHeading(h, side) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    int rows = Math.max(summary.a().topTerms().size(), summary.b().topTerms().size());
    if (rows == 0) {
      out.write("<tr><td colspan=\"2\">None tagged yet.</td></tr>\n");
    }
    for (int i = 0; i < rows; i++) {
      out.write("<tr>");
      for (Side side : Side.values()) {
        List<TermUse> terms = summary.side(side).topTerms();
        out.write(
            i < terms.size()
                ? "<td dir=\"auto\">"
                    + Html.escape(terms.get(i).term())
                    + " <span class=\"n\">\u00d7"
                    + terms.get(i).count()
                    + "</span></td>"
                : "<td></td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private void countTable(String caption, List<Count> counts, Writer out) throws IOException {
    out.write("<h3>" + caption + "</h3>\n");
    if (counts.isEmpty()) {
      out.write("<p>None.</p>\n");
      return;
    }
    int max = counts.stream().mapToInt(Count::count).max().orElse(0);
    out.write("<table class=\"counts\">\n<tbody>\n");
    for (Count count : counts) {
      int width = max == 0 ? 0 : Math.round((float) BAR_WIDTH * count.count() / max);
      out.write("<tr><td class=\"label\">" + Html.escape(count.label()) + "</td>");
      out.write("<td class=\"n\">" + count.count() + "</td>");
      out.write(
          "<td>"
              + pictures.bar(width, BAR_WIDTH, Html.colour(count.colour()), count.count())
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }
}
