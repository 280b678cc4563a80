package org.parallax.export;

import java.util.List;
import java.util.Optional;

/** Every export format, in the order they are offered. Adding a format is one line here. */
public final class Exporters {
  private static final List<Exporter> ALL =
      List.of(
          new HandoutExporter(),
          new PdfExporter(),
          new WorksheetExporter(),
          new MarkdownExporter(),
          new CsvExporter(),
          new WebAnnotationExporter(),
          new AifExporter(),
          new QdcExporter());

  private Exporters() {}

  /** The formats in the order they are offered. */
  public static List<Exporter> all() {
    return ALL;
  }

  /** The format called {@code id} ({@code html}, {@code csv}, …). */
  public static Optional<Exporter> byId(String id) {
    return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The formats' ids, for messages and help. */
  public static List<String> ids() {
    return ALL.stream().map(Exporter::id).toList();
  }
}
