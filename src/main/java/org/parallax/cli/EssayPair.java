package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.Importer;
import org.parallax.model.Document;
import picocli.CommandLine.Parameters;

/**
 * The two essays a command compares ({@code A B}), and reading them as the window does: a saved
 * comparison given in their place is refused, and both are imported and cleaned.
 */
final class EssayPair {
  @Parameters(
      index = "0",
      paramLabel = "A",
      description = "the first essay (text, Markdown, HTML or PDF)")
  Path fileA;

  @Parameters(index = "1", paramLabel = "B", description = "the second essay")
  Path fileB;

  /** Both essays, A then B, imported and cleaned. */
  Document[] read() throws ImportException {
    SavedComparisons.refuse(fileA);
    SavedComparisons.refuse(fileB);
    Importer importer = new Importer();
    return new Document[] {importer.importFile(fileA, true), importer.importFile(fileB, true)};
  }
}
