package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/** Markdown, CSV and AIF read back by what reads them. */
class DataFormatsTest {
  private final Comparison c = ExportFixture.comparison();

  private List<CSVRecord> csv(ExportOptions options) throws IOException {
    String text = Golden.export("csv", c, options);
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void theCsvHasOneRowPerShownLinkAndOnePerShownTermTag() throws IOException {
    List<CSVRecord> rows = csv(Golden.options());

    assertThat(rows)
        .extracting(r -> r.get("kind") + " " + r.get("id"))
        .containsExactly(
            "link L1", "link L2", "link L4", "link L3", "term T6", "term T1", "term T4", "term T8",
            "term T3", "term T7", "term T2", "term T5");
    CSVRecord l2 = rows.get(1);
    assertThat(l2.get("claims_b")).isEqualTo("B2 B3");
    assertThat(l2.get("text_b"))
        .isEqualTo(
            "Aid convoys waited at the checkpoint for months.\n"
                + "Families called it a blockade (Ճանապարհը փակ է).");
    assertThat(l2.get("note")).isEqualTo(c.links().get(1).note());
    assertThat(rows.get(0).get("note")).isEqualTo(c.links().get(0).note());
  }

  @Test
  void aTermRowGivesItsSpanAndItsCounterpartsText() throws IOException {
    CSVRecord t4 =
        csv(Golden.options()).stream()
            .filter(r -> r.get("id").equals("T4"))
            .findFirst()
            .orElseThrow();

    assertThat(t4.get("side")).isEqualTo("A");
    assertThat(
            c.a()
                .text()
                .substring(Integer.parseInt(t4.get("start")), Integer.parseInt(t4.get("end"))))
        .isEqualTo("checkpoint");
    assertThat(t4.get("text_a")).isEqualTo("checkpoint");
    assertThat(t4.get("text_b")).isEqualTo("checkpoint");
    assertThat(t4.get("paired_with")).isEqualTo("T5");
    assertThat(t4.get("tag_label")).isEqualTo("Security and defence");
  }

  @Test
  void theCsvCanHoldOnlyLinksOrOnlyTermsAndStartWithAByteOrderMark() throws IOException {
    assertThat(csv(Golden.options().withCsvRows(ExportOptions.CsvRows.LINKS)))
        .extracting(r -> r.get("kind"))
        .containsOnly("link")
        .hasSize(4);
    assertThat(csv(Golden.options().withCsvRows(ExportOptions.CsvRows.TERMS)))
        .extracting(r -> r.get("kind"))
        .containsOnly("term")
        .hasSize(8);
    assertThat(Golden.export("csv", c, Golden.options())).startsWith("kind,");
    assertThat(Golden.export("csv", c, Golden.options().withByteOrderMark(true)))
        .startsWith("\uFEFFkind,");
  }

  @Test
  void aCsvCellASpreadsheetWouldReadAsAFormulaStartsWithAnApostrophe() throws IOException {
    List<String> notes = List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\ry");
    List<Link> links = new java.util.ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      Link base = c.links().get(i % 4);
      links.add(
          new Link(
              "L" + (i + 1),
              base.aClaims(),
              base.bClaims(),
              LinkStatus.CONFIRMED,
              base.relation(),
              0.0,
              List.of(),
              notes.get(i),
              "=annotator",
              base.created(),
              base.modified()));
    }
    Comparison risky =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            c.b(),
            c.claims(),
            links,
            List.of(),
            c.codebook(),
            c.created(),
            c.modified());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(Golden.export("csv", risky, Golden.options())))
            .getRecords();

    assertThat(rows)
        .extracting(r -> r.get("note"))
        .containsExactlyInAnyOrderElementsOf(notes.stream().map(n -> "'" + n).toList());
    assertThat(rows).extracting(r -> r.get("annotator")).containsOnly("'=annotator");
    assertThat(rows)
        .extracting(r -> r.get("text_a"))
        .allSatisfy(text -> assertThat(text).doesNotStartWith("'"));
  }

  @Test
  void theCsvEndsRecordsWithCrLfAsRfc4180Says() throws IOException {
    String text =
        Golden.export("csv", c, Golden.options().withCsvRows(ExportOptions.CsvRows.LINKS));

    assertThat(text.split("\r\n", -1)).hasSize(5 + 1);
  }

  @Test
  void aSuggestionsSuggestedRelationIsShownMarkedAsSuggestedWhenSuggestionsAreIncluded()
      throws IOException {
    Comparison suggested =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            c.b(),
            c.claims(),
            c.links().stream()
                .map(
                    l ->
                        l.id().equals("L5")
                            ? l.withSuggestedRelation("contradict", List.of("300 vs 80"))
                            : l.withSuggestedRelation("agree", List.of("same event")))
                .toList(),
            c.terms(),
            c.codebook(),
            c.created(),
            c.modified());

    String md = Golden.export("md", suggested, Golden.options().withSuggestions(true));
    String html = Golden.export("html", suggested, Golden.options().withSuggestions(true));

    assertThat(md).contains("| Contradict (suggested relation) |");
    assertThat(html).contains("Contradict</span><br><span class=\"suggested\">suggested relation");
    // Confirmed links show the reader's relation only, never the aligner's.
    assertThat(md).doesNotContain("Agree (suggested relation)");
    // Without suggestions the export is the same as before.
    assertThat(Golden.export("md", suggested, Golden.options()))
        .isEqualTo(Golden.export("md", c, Golden.options()));
  }

  @Test
  void aPipeInANoteStaysInsideItsMarkdownTableCell() throws IOException {
    Link l1 = c.links().get(0);
    Comparison piped =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            c.b(),
            c.claims(),
            List.of(l1.withNote("one | two\nthree", l1.modified())),
            c.terms(),
            c.codebook(),
            c.created(),
            c.modified());

    String md = Golden.export("md", piped, Golden.options());
    String row = md.lines().filter(line -> line.startsWith("| 1 |")).findFirst().orElseThrow();

    assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(7);
    assertThat(row).contains("one \\| two three");
  }

  @Test
  void aifHasAnINodePerClaimAndAnSNodeWithEdgesPerLinkItCanExpress() throws IOException {
    Comparison withSuggestions = c;
    JsonNode aif =
        new ObjectMapper()
            .readTree(
                Golden.export("aif", withSuggestions, Golden.options().withSuggestions(true)));

    Map<String, Long> types =
        java.util.stream.StreamSupport.stream(aif.get("nodes").spliterator(), false)
            .collect(Collectors.groupingBy(n -> n.get("type").asText(), Collectors.counting()));
    long expressible =
        c.links().stream()
            .filter(l -> l.status() != LinkStatus.REJECTED && !l.relation().isEmpty())
            .count();
    long edges =
        c.links().stream()
            .filter(l -> l.status() != LinkStatus.REJECTED && !l.relation().isEmpty())
            .mapToLong(l -> l.aClaims().size() + l.bClaims().size())
            .sum();

    assertThat(types.get("I")).isEqualTo(c.claims().size());
    assertThat(types).containsEntry("RA", 2L).containsEntry("CA", 1L).containsEntry("MA", 1L);
    assertThat(types.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(c.claims().size() + expressible);
    assertThat(aif.get("edges").size()).isEqualTo((int) edges);
  }

  @Test
  void aifEdgesRunFromSideAThroughTheRelationToSideB() throws IOException {
    JsonNode aif = new ObjectMapper().readTree(Golden.export("aif", c, Golden.options()));
    Map<String, String> typeOf =
        java.util.stream.StreamSupport.stream(aif.get("nodes").spliterator(), false)
            .collect(
                Collectors.toMap(
                    n -> n.get("nodeID").asText(), n -> n.get("type").asText(), (x, y) -> x));
    Function<String, Side> side = id -> id.startsWith("A") ? Side.A : Side.B;

    for (JsonNode edge : aif.get("edges")) {
      String from = edge.get("fromID").asText();
      String to = edge.get("toID").asText();
      if (typeOf.get(from).equals("I")) {
        assertThat(side.apply(from)).isEqualTo(Side.A);
        assertThat(typeOf.get(to)).isIn("RA", "CA", "MA");
      } else {
        assertThat(typeOf.get(to)).isEqualTo("I");
        assertThat(side.apply(to)).isEqualTo(Side.B);
      }
    }
    JsonNode partial =
        java.util.stream.StreamSupport.stream(aif.get("nodes").spliterator(), false)
            .filter(n -> n.get("nodeID").asText().equals("L3"))
            .findFirst()
            .orElseThrow();
    assertThat(partial.get("text").asText()).endsWith(c.links().get(2).note());
  }
}
