package org.parallax.export;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.parallax.model.Side;

/** Each text format of the fixture comparison, against a golden file read by a person. */
class GoldenFilesTest {

  @Test
  void theHandoutIsTheGoldenPage() throws IOException {
    Golden.assertMatches(
        "handout.html", Golden.export("html", ExportFixture.comparison(), Golden.options()));
  }

  @Test
  void theWorksheetIsTheGoldenPage() throws IOException {
    Golden.assertMatches(
        "worksheet.html", Golden.export("worksheet", ExportFixture.comparison(), Golden.options()));
  }

  @Test
  void markdownInBsOrderWithSuggestionsIsTheGoldenText() throws IOException {
    Golden.assertMatches(
        "handout-b-suggestions.md",
        Golden.export(
            "md",
            ExportFixture.comparison(),
            Golden.options().withOrder(Side.B).withSuggestions(true)));
  }

  @Test
  void theCsvIsTheGoldenTable() throws IOException {
    Golden.assertMatches(
        "tags.csv", Golden.export("csv", ExportFixture.comparison(), Golden.options()));
  }

  @Test
  void theWebAnnotationsAreTheGoldenJsonLd() throws IOException {
    Golden.assertMatches(
        "annotations.jsonld", Golden.export("wa", ExportFixture.comparison(), Golden.options()));
  }

  @Test
  void theAifIsTheGoldenGraph() throws IOException {
    Golden.assertMatches(
        "argument.json", Golden.export("aif", ExportFixture.comparison(), Golden.options()));
  }

  @Test
  void theCodebookIsTheGoldenQdc() throws IOException {
    Golden.assertMatches(
        "codebook.qdc", Golden.export("qdc", ExportFixture.comparison(), Golden.options()));
  }
}
