package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Link;

class WorksheetPageTest {
  private final Comparison c = ExportFixture.comparison();

  private org.jsoup.nodes.Document page() throws IOException {
    return Jsoup.parse(Golden.export("worksheet", c, Golden.options()));
  }

  @Test
  void eachRowOffersATickBoxForEveryRelationOfTheCodebookAndRuledLines() throws IOException {
    List<Element> rows = page().select("table.links tbody.row");

    assertThat(rows).hasSize(4);
    for (Element row : rows) {
      assertThat(row.select("span.choice"))
          .extracting(Element::text)
          .containsExactly("Agree", "Contradict", "Reframe", "Partial");
      assertThat(row.select("span.box")).hasSize(4);
      assertThat(row.select("tr.reason div.line")).hasSize(2);
    }
  }

  @Test
  void theAnswersAreNotOnTheWorksheet() throws IOException {
    String text = page().text();

    for (Link link : c.links()) {
      if (!link.note().isBlank()) {
        assertThat(text).doesNotContain(link.note());
      }
    }
    assertThat(page().select("td.relation[style], [title], .claim[style]")).isEmpty();
    assertThat(page().select("table.terms td.blank"))
        .hasSize(7)
        .allSatisfy(cell -> assertThat(cell.text()).isEmpty());
    assertThat(page().select("table.terms tbody").text())
        .doesNotContain("Security and defence", "Cultural identity", "Health and safety");
  }

  @Test
  void withoutLinksTheWorksheetSaysSoInsteadOfAnEmptyTable() throws IOException {
    Comparison none =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            c.b(),
            c.claims(),
            List.of(),
            c.terms(),
            c.codebook(),
            c.created(),
            c.modified());

    org.jsoup.nodes.Document page = Jsoup.parse(Golden.export("worksheet", none, Golden.options()));

    assertThat(page.select("table.links")).isEmpty();
    assertThat(page.select("#links > p").eachText()).contains("No links to show.");
  }
}
