package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Side;
import org.parallax.model.TagKind;

/**
 * The handout's content as readable Markdown with GitHub tables: sources, aligned claims, the
 * claims only one side makes, the framing terms and the counts (the full texts are left out).
 */
final class MarkdownExporter extends TextExporter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  @Override
  public String id() {
    return "md";
  }

  @Override
  public String displayName() {
    return "Markdown";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  void write(Comparison c, ExportOptions options, Writer out) throws IOException {
    Handout h = Handout.of(c, options);
    out.write("# " + Markdown.text(HtmlPage.title(c)) + "\n\n");
    out.write(
        (c.annotator().isBlank() ? "" : "Annotated by " + Markdown.text(c.annotator()) + ". ")
            + "Exported on "
            + DAY.format(options.exportedAt())
            + ".\n\n");
    out.write("| | A | B |\n|---|---|---|\n");
    DocumentMetadata a = c.a().metadata();
    DocumentMetadata b = c.b().metadata();
    source(out, "Perspective", a.perspective(), b.perspective());
    source(out, "Title", a.title(), b.title());
    source(out, "Authors", String.join(", ", a.authors()), String.join(", ", b.authors()));
    source(out, "Publisher", a.publisher(), b.publisher());
    source(out, "Date", a.date(), b.date());
    source(out, "Source", a.sourceUrl(), b.sourceUrl());
    rows(h, out);
    Questions.markdown(Questions.forHandout(h), out);
    onlyIn(h, out);
    terms(h, out);
    counts(h, out);
  }

  private static void source(Writer out, String label, String a, String b) throws IOException {
    if (!a.isBlank() || !b.isBlank()) {
      out.write("| " + label + " | " + Markdown.text(a) + " | " + Markdown.text(b) + " |\n");
    }
  }

  private static void rows(Handout h, Writer out) throws IOException {
    out.write("\n## Aligned claims\n\n" + Sentences.rowsIntro(h) + "\n\n");
    out.write(
        "| # | "
            + side(h, Side.A)
            + " | Relation | "
            + side(h, Side.B)
            + " | Note |\n|---|---|---|---|---|\n");
    for (AlignedRow row : h.rows()) {
      Optional<TagKind> suggestedKind = row.suggestedRelation(h.comparison().codebook());
      String relation =
          suggestedKind.isPresent()
              ? Markdown.text(suggestedKind.get().label()) + " (suggested relation)"
              : row.relation().map(TagKind::label).map(Markdown::text).orElse(Handout.NO_RELATION)
                  + (row.suggested() ? " (suggested)" : "");
      out.write(
          "| "
              + row.number()
              + " | "
              + claims(h, row.a())
              + " | "
              + relation
              + " | "
              + claims(h, row.b())
              + " | "
              + Markdown.text(row.link().note())
              + " |\n");
    }
  }

  private static String side(Handout h, Side side) {
    String name = h.sideName(side);
    return Markdown.text(name.equals(side.name()) ? name : side + ": " + name);
  }

  private static String claims(Handout h, List<Claim> claims) {
    return claims.stream()
        .map(claim -> "**" + claim.id() + "** " + Markdown.text(h.text(claim)))
        .collect(Collectors.joining("<br>"));
  }

  private static void onlyIn(Handout h, Writer out) throws IOException {
    out.write("\n## Only in one essay\n\n" + Sentences.onlyInIntro(h) + "\n");
    for (Side side : Side.values()) {
      out.write("\n### Only in " + side(h, side) + "\n\n");
      List<Claim> claims = h.onlyIn(side);
      if (claims.isEmpty()) {
        out.write("None.\n");
      }
      for (Claim claim : claims) {
        out.write("- **" + claim.id() + "** " + Markdown.text(h.text(claim)) + "\n");
      }
    }
  }

  private static void terms(Handout h, Writer out) throws IOException {
    out.write("\n## Framing terms\n\n");
    out.write(
        "| Term | Side | Frame | Counterpart on the other side | Count | Note |\n"
            + "|---|---|---|---|---|---|\n");
    for (TermRow row : h.termRows()) {
      out.write(
          "| "
              + Markdown.text(row.term())
              + " | "
              + row.side()
              + " | "
              + Markdown.text(row.frame().label())
              + " | "
              + Markdown.text(String.join(", ", row.counterparts()))
              + " | "
              + row.count()
              + " | "
              + Markdown.text(String.join(" / ", row.notes()))
              + " |\n");
    }
  }

  private static void counts(Handout h, Writer out) throws IOException {
    out.write("\n## Counts\n\n| Relation | Links |\n|---|---|\n");
    for (Count count : h.relationCounts()) {
      out.write("| " + Markdown.text(count.label()) + " | " + count.count() + " |\n");
    }
    out.write("\n| Frame | Term tags |\n|---|---|\n");
    for (Count count : h.frameCounts()) {
      out.write("| " + Markdown.text(count.label()) + " | " + count.count() + " |\n");
    }
  }
}
