package org.parallax.export;

import java.time.Instant;
import org.parallax.model.Side;

/**
 * What the reader chose for one export. Every exporter reads the options it understands and ignores
 * the rest.
 *
 * @param order whose reading order the aligned rows follow
 * @param includeSuggestions whether links and term tags the reader has not confirmed yet are shown
 *     (rejected ones never are)
 * @param exportedAt the time written as the date of export, given so that exporting stays a pure
 *     function of its input
 * @param csvRows which rows a CSV export holds
 * @param byteOrderMark whether a CSV export starts with a UTF-8 byte order mark, which spreadsheet
 *     programs need to read it as UTF-8
 * @param paper the page size of a PDF export
 */
public record ExportOptions(
    Side order,
    boolean includeSuggestions,
    Instant exportedAt,
    CsvRows csvRows,
    boolean byteOrderMark,
    Paper paper) {

  /** Which rows a CSV export holds. */
  public enum CsvRows {
    /** one row per link */
    LINKS,
    /** one row per term tag */
    TERMS,
    /** links, then term tags */
    ALL
  }

  /** The page size of a PDF export. */
  public enum Paper {
    /** 210 × 297 mm */
    A4,
    /** 8.5 × 11 inches */
    LETTER
  }

  public ExportOptions {
    order = order == null ? Side.A : order;
    exportedAt = exportedAt == null ? Instant.EPOCH : exportedAt;
    csvRows = csvRows == null ? CsvRows.ALL : csvRows;
    paper = paper == null ? Paper.A4 : paper;
  }

  /** The options with PDF pages on A4. */
  public ExportOptions(
      Side order,
      boolean includeSuggestions,
      Instant exportedAt,
      CsvRows csvRows,
      boolean byteOrderMark) {
    this(order, includeSuggestions, exportedAt, csvRows, byteOrderMark, Paper.A4);
  }

  /** A's reading order, confirmed work only, all CSV rows, no byte order mark, A4 pages. */
  public static ExportOptions defaults(Instant exportedAt) {
    return new ExportOptions(Side.A, false, exportedAt, CsvRows.ALL, false, Paper.A4);
  }

  public ExportOptions withOrder(Side newOrder) {
    return new ExportOptions(
        newOrder, includeSuggestions, exportedAt, csvRows, byteOrderMark, paper);
  }

  public ExportOptions withSuggestions(boolean include) {
    return new ExportOptions(order, include, exportedAt, csvRows, byteOrderMark, paper);
  }

  public ExportOptions withCsvRows(CsvRows rows) {
    return new ExportOptions(order, includeSuggestions, exportedAt, rows, byteOrderMark, paper);
  }

  public ExportOptions withByteOrderMark(boolean bom) {
    return new ExportOptions(order, includeSuggestions, exportedAt, csvRows, bom, paper);
  }

  public ExportOptions withPaper(Paper newPaper) {
    return new ExportOptions(
        order, includeSuggestions, exportedAt, csvRows, byteOrderMark, newPaper);
  }
}
