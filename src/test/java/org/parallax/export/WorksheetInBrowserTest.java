package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.tagging.Navigation;

/**
 * The worksheet opened in headless Chromium, as a student sees it: the rows to judge with nothing
 * of the answers on the page, links that lead somewhere, and its printed sections. Skipped without
 * Chromium (see {@link Chromium}).
 */
class WorksheetInBrowserTest {
  private static final Comparison C = ExportFixture.comparison();

  @TempDir static Path dir;
  private static ChromeDriver browser;

  /** One browser for the class, started by the first test (each test is skipped without one). */
  @BeforeEach
  void openWorksheet() throws IOException {
    if (browser != null) {
      return;
    }
    browser = Chromium.start();
    Path page = dir.resolve("worksheet.html");
    Files.writeString(
        page, Golden.export("worksheet", C, Golden.options()), StandardCharsets.UTF_8);
    browser.get(page.toUri().toString());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void eachRowShowsItsClaimsAndATickBoxForEveryRelation() {
    List<Link> links =
        Navigation.inReadingOrder(C, Side.A).stream()
            .filter(l -> l.status() == LinkStatus.CONFIRMED)
            .toList();
    List<String> relations =
        C.codebook().kinds(TagTarget.LINK).stream().map(TagKind::label).toList();
    List<WebElement> rows = browser.findElements(By.cssSelector("table.links tbody.row"));

    assertThat(rows).hasSize(links.size());
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      List<WebElement> cells = rows.get(i).findElements(By.cssSelector("td.claims"));
      assertThat(cells.get(0).getText()).isEqualTo(shown(link.aClaims()));
      assertThat(cells.get(1).getText()).isEqualTo(shown(link.bClaims()));
      assertThat(rows.get(i).findElements(By.cssSelector("td.relation .choice")))
          .extracting(WebElement::getText)
          .containsExactlyElementsOf(relations);
      assertThat(rows.get(i).findElements(By.cssSelector(".box")))
          .allMatch(WebElement::isDisplayed);
    }
  }

  /** A claims cell as a reader sees it: each claim on its own line after its id. */
  private static String shown(List<String> ids) {
    StringBuilder s = new StringBuilder();
    for (String id : ids) {
      Claim claim = C.claim(id).orElseThrow();
      s.append(s.isEmpty() ? "" : "\n").append(id).append(claim.textIn(C.document(claim.side())));
    }
    return s.toString();
  }

  @Test
  void noRelationFrameOrNoteOfTheComparisonIsShown() {
    String page = browser.findElement(By.tagName("body")).getText();
    List<WebElement> rows = browser.findElements(By.cssSelector("table.links tbody.row"));

    for (Link link : C.links()) {
      if (!link.note().isBlank()) {
        assertThat(page).doesNotContain(link.note());
      }
    }
    for (TermTag term : C.terms()) {
      if (!term.note().isBlank()) {
        assertThat(page).doesNotContain(term.note());
      }
    }
    for (WebElement row : rows) {
      assertThat(row.findElements(By.cssSelector("td.relation svg, tr.note:not(.reason)")))
          .isEmpty();
      assertThat(row.findElement(By.cssSelector("tr.reason")).getText()).isEqualTo("Reason:");
    }
    for (WebElement frame : browser.findElements(By.cssSelector("table.terms td.blank"))) {
      assertThat(frame.getText()).isEmpty();
    }
    assertThat(browser.findElements(By.cssSelector("#fulltext [title], #fulltext .claim[style]")))
        .isEmpty();
  }

  @Test
  void eachBlankFrameCellHasADarkWritingLine() {
    List<WebElement> blanks = browser.findElements(By.cssSelector("table.terms td.blank"));

    assertThat(blanks).isNotEmpty();
    for (WebElement blank : blanks) {
      assertThat(blank.getCssValue("border-bottom-style")).isEqualTo("solid");
      // the table's light row rules are #ddd; the line to write on is darker
      assertThat(blank.getCssValue("border-bottom-color")).isEqualTo("rgba(136, 136, 136, 1)");
    }
  }

  @Test
  void everyLinkOnThePageLeadsToAnElementOfThePage() {
    List<WebElement> links = browser.findElements(By.cssSelector("a[href^='#']"));

    assertThat(links).isNotEmpty();
    for (WebElement a : links) {
      String target = a.getDomAttribute("href").substring(1);
      assertThat(browser.findElements(By.id(target))).as(target).hasSize(1);
    }
  }

  @Test
  void printedOnA4AndLetterEachSectionStartsAPage() throws IOException {
    List<String> headings =
        browser.findElements(By.cssSelector("body > section > h2")).stream()
            .map(WebElement::getText)
            .toList();
    for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
      List<String> starts = Printed.of(browser, size).firstLines();

      assertThat(starts.get(0)).isEqualTo(C.title());
      assertThat(starts).containsSubsequence(headings.subList(1, headings.size()));
      assertThat(starts.stream().filter(headings::contains).count() + 1)
          .as("pages that start a section, on %s", size)
          .isEqualTo(3);
    }
  }

  @Test
  void printedRowsKeepTheirClaimsTickBoxesAndReasonLinesOnOnePage() throws IOException {
    Comparison longer = LongComparison.of(16);
    Path page = dir.resolve("long-worksheet.html");
    Files.writeString(
        page, Golden.export("worksheet", longer, Golden.options()), StandardCharsets.UTF_8);
    browser.get(page.toUri().toString());
    try {
      for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
        Printed printed = Printed.of(browser, size);
        Map<Integer, Integer> rowsOnPage = new TreeMap<>();
        for (Link link : longer.links()) {
          List<String> claims = new ArrayList<>();
          link.aClaims().forEach(id -> claims.add(text(longer, id)));
          link.bClaims().forEach(id -> claims.add(text(longer, id)));
          int first = printed.firstPageOfAny(claims);
          for (String claim : claims) {
            assertThat(printed.pagesHolding(claim)).as("%s on %s", link.id(), size).contains(first);
          }
          rowsOnPage.merge(first, 1, Integer::sum);
        }

        assertThat(rowsOnPage)
            .as("the table runs over several pages on %s", size)
            .hasSizeGreaterThan(1);
        // a reason whose lines went over to the next page would leave its row's page one short
        rowsOnPage.forEach(
            (p, rows) ->
                assertThat(printed.count(p, "Reason:"))
                    .as("page %d on %s", p + 1, size)
                    .isEqualTo(rows));
      }
    } finally {
      browser.get(dir.resolve("worksheet.html").toUri().toString());
    }
  }

  private static String text(Comparison c, String id) {
    Claim claim = c.claim(id).orElseThrow();
    return claim.textIn(c.document(claim.side()));
  }
}
