package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;

/**
 * A table for spreadsheets and statistics: one row per link (in the chosen reading order) and one
 * per term tag (side A, then B, in text order), with the same columns for both, RFC 4180 through
 * Apache Commons CSV, UTF-8 with an optional byte order mark. A link's claims on a side are given
 * by id and text, one per line; a term's text is in its side's column and its counterpart's text in
 * the other. A text cell a spreadsheet would take for a formula starts with an apostrophe.
 */
final class CsvExporter extends TextExporter {
  /** The columns, in order. */
  static final List<String> HEADER =
      List.of(
          "kind",
          "id",
          "side",
          "start",
          "end",
          "claims_a",
          "claims_b",
          "text_a",
          "text_b",
          "tag",
          "tag_label",
          "paired_with",
          "status",
          "note",
          "annotator",
          "created",
          "modified");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String displayName() {
    return "Table (CSV)";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  void write(Comparison c, ExportOptions options, Writer out) throws IOException {
    if (options.byteOrderMark()) {
      out.write('\uFEFF');
    }
    Handout h = Handout.of(c, options);
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    if (options.csvRows() != ExportOptions.CsvRows.TERMS) {
      for (AlignedRow row : h.rows()) {
        link(h, row, csv);
      }
    }
    if (options.csvRows() != ExportOptions.CsvRows.LINKS) {
      Map<String, TermTag> byId = new HashMap<>();
      c.terms().forEach(t -> byId.putIfAbsent(t.id(), t));
      for (TermTag tag : h.terms()) {
        term(h, tag, Optional.ofNullable(byId.get(tag.pairedWith())), csv);
      }
    }
    csv.flush();
  }

  private static void link(Handout h, AlignedRow row, CSVPrinter csv) throws IOException {
    Link link = row.link();
    printRecord(
        csv,
        "link",
        link.id(),
        "",
        "",
        "",
        String.join(" ", link.aClaims()),
        String.join(" ", link.bClaims()),
        texts(h, row.a()),
        texts(h, row.b()),
        link.relation(),
        row.relation().map(TagKind::label).orElse(""),
        "",
        status(link.status()),
        link.note(),
        link.annotator(),
        link.created(),
        link.modified());
  }

  private static void term(Handout h, TermTag tag, Optional<TermTag> partner, CSVPrinter csv)
      throws IOException {
    String own = h.text(tag);
    String other = partner.map(h::text).orElse("");
    printRecord(
        csv,
        "term",
        tag.id(),
        tag.side(),
        tag.start(),
        tag.end(),
        "",
        "",
        tag.side() == Side.A ? own : other,
        tag.side() == Side.B ? own : other,
        tag.frame(),
        h.frame(tag.frame()).label(),
        tag.pairedWith(),
        status(tag.status()),
        tag.note(),
        tag.annotator(),
        tag.created(),
        tag.modified());
  }

  /** Prints one record with every text cell {@link #defused}. */
  private static void printRecord(CSVPrinter csv, Object... values) throws IOException {
    csv.printRecord(Stream.of(values).map(v -> v instanceof String t ? defused(t) : v));
  }

  /**
   * {@code text} with an apostrophe before it when a spreadsheet would read it as a formula (it
   * starts with {@code = + - @}, a tab or a carriage return), as OWASP advises against CSV
   * injection; spreadsheets show the apostrophe-led cell as the text itself.
   */
  static String defused(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String texts(Handout h, List<Claim> claims) {
    return claims.stream().map(h::text).collect(Collectors.joining("\n"));
  }

  private static String status(Enum<?> status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
