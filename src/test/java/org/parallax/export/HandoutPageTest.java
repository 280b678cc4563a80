package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Side;

/** The handout read back as a browser would parse it. */
class HandoutPageTest {
  private final Comparison c = ExportFixture.comparison();

  private org.jsoup.nodes.Document page() throws IOException {
    return Jsoup.parse(Golden.export("html", c, Golden.options()));
  }

  @Test
  void theHandoutFetchesNothing() throws IOException {
    org.jsoup.nodes.Document page = page();

    assertThat(page.select("[src], link, script, iframe, object, embed, img")).isEmpty();
    String css = page.select("style").html();
    assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
  }

  @Test
  void aSourceGivenAsAWebAddressIsAPlainLinkAndAnythingElseStaysText() throws IOException {
    Comparison odd =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            new org.parallax.model.Document(
                c.b().text(),
                c.b().blocks(),
                new DocumentMetadata(
                    "Title", List.of(), "", "", "", "javascript:alert(1)", List.of()),
                List.of()),
            c.claims(),
            c.links(),
            c.terms(),
            c.codebook(),
            c.created(),
            c.modified());
    org.jsoup.nodes.Document page = Jsoup.parse(Golden.export("html", odd, Golden.options()));
    List<Element> cells = page.select("table.sources td.url");

    assertThat(cells.get(0).select("a").attr("href")).isEqualTo(c.a().metadata().sourceUrl());
    assertThat(cells.get(0).text()).isEqualTo(c.a().metadata().sourceUrl());
    assertThat(cells.get(1).select("a")).isEmpty();
    assertThat(cells.get(1).text()).isEqualTo("javascript:alert(1)");
  }

  @Test
  void everyClaimReferenceLeadsToThatClaimInTheFullText() throws IOException {
    org.jsoup.nodes.Document page = page();
    List<Element> refs = page.select("a.claim-ref");

    assertThat(refs).isNotEmpty();
    for (Element ref : refs) {
      String id = ref.attr("href").substring("#claim-".length());
      Element target = page.getElementById("claim-" + id);
      assertThat(target).as(id).isNotNull();
      assertThat(target.closest("#fulltext")).isNotNull();
      Claim claim = c.claim(id).orElseThrow();
      assertThat(target.text()).isEqualTo(id + claim.textIn(c.document(claim.side())));
    }
  }

  @Test
  void rowsShowTheClaimsAndNotesExactlyAsWrittenInTheChosenOrder() throws IOException {
    List<Element> rows = page().select("table.links tbody.row");

    assertThat(rows)
        .extracting(r -> r.id())
        .containsExactly("link-L1", "link-L2", "link-L4", "link-L3");
    Element first = rows.get(0);
    assertThat(first.select("td.claims").get(0).text())
        .isEqualTo("A1The Lachin road reopened on 1 October.");
    assertThat(first.select("tr.note td[colspan]").text())
        .isEqualTo("Note: " + c.links().get(0).note());
    assertThat(rows.get(1).select("tr.note td[colspan]").attr("dir")).isEqualTo("auto");
  }

  @Test
  void eachRelationIsMarkedByLabelColourIconAndBorderPattern() throws IOException {
    List<Element> cells = page().select("td.relation");

    assertThat(cells)
        .extracting(Element::text)
        .containsExactly("Contradict", "Reframe", "Agree", "Partial");
    assertThat(cells).allSatisfy(cell -> assertThat(cell.select("svg path")).isNotEmpty());
    assertThat(cells)
        .extracting(cell -> cell.className() + " " + cell.attr("style"))
        .containsExactly(
            "relation pattern-double border-left-color:#c62828",
            "relation pattern-dashed border-left-color:#6a1b9a",
            "relation pattern-solid border-left-color:#2e7d32",
            "relation pattern-dotted border-left-color:#ef6c00");
    assertThat(cells)
        .extracting(cell -> cell.select("span.mark").attr("style"))
        .containsExactly("color:#c62828", "color:#6a1b9a", "color:#2e7d32", "color:#ef6c00");
    String css = page().select("style").html();
    assertThat(css)
        .contains(".pattern-double { border-left: 6px double; }")
        .contains(".pattern-dotted { border-left: 4px dotted; }");
  }

  @Test
  void thePageHasItsSectionsAndPrintsWithRepeatedHeadersAndWholeRows() throws IOException {
    org.jsoup.nodes.Document page = page();

    assertThat(page.select("body > section"))
        .extracting(Element::id)
        .containsExactly("links", "only", "terms", "counts", "fulltext");
    assertThat(page.select("table.links > thead th")).hasSize(4);
    String css = page.select("style").html();
    assertThat(css)
        .contains("thead { display: table-header-group; }")
        .contains("section + section { break-before: page;")
        .contains("tbody.row, tr { break-inside: avoid;");
  }

  @Test
  void theCountsShowEachNumberBesideItsBar() throws IOException {
    List<Element> rows = page().select("#counts table.counts").get(0).select("tr");

    assertThat(rows)
        .extracting(r -> r.select("td").get(0).text() + " " + r.select("td.n").text())
        .containsExactly("Agree 1", "Contradict 1", "Reframe 1", "Partial 1");
    assertThat(rows).allSatisfy(r -> assertThat(r.select("svg rect")).hasSize(1));
  }

  @Test
  void theOnlyInListsHoldTheBlindspots() throws IOException {
    List<Element> items = page().select("#only ol li");

    assertThat(items)
        .extracting(Element::text)
        .containsExactly(
            "A5Prices in Şuşa fell by a third.",
            "A6Ministers say 3 < 4 when it comes to trucks.",
            "B6Prices in Shushi rose threefold.",
            "B7Լաչինի ճանապարհը was the only route.");
  }

  @Test
  void termsAreMarkedInTheFullTextWithTheirFrame() throws IOException {
    List<Element> terms = page().select("#fulltext span.term");

    assertThat(terms)
        .extracting(t -> t.text() + ": " + t.attr("title"))
        .containsExactly(
            "Xankəndi: Cultural identity",
            "humanitarian corridor: Health and safety",
            "checkpoint: Security and defence",
            "Şuşa: Cultural identity",
            "blockade: Security and defence",
            "Stepanakert: Cultural identity",
            "blockade: Security and defence",
            "checkpoint: Health and safety");
  }

  @Test
  void bothEssaysAppearWholeInTheAppendix() throws IOException {
    List<Element> essays = page().select("#fulltext article");
    essays.forEach(essay -> essay.select("sup").remove());

    for (Side side : Side.values()) {
      String shown =
          String.join("\n\n", essays.get(side.ordinal()).select("p, div.heading").eachText());
      assertThat(shown).isEqualTo(c.document(side).text());
    }
  }
}
