package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The handout opened in headless Chromium, as a reader sees it: what the page shows against the
 * comparison it was made from, its links, that it fetches nothing, and how it prints on A4 and
 * Letter. Skipped without Chromium (see {@link Chromium}).
 */
class HandoutInBrowserTest {
  private static final Comparison C = ExportFixture.comparison();
  private static final Comparison LONG = LongComparison.of(16);

  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static Path handout;
  private static Path longHandout;

  /** One browser for the class, started by the first test (each test is skipped without one). */
  @BeforeEach
  void openBrowser() throws IOException {
    if (browser == null) {
      browser = Chromium.start();
      handout = write("handout.html", C);
      longHandout = write("long.html", LONG);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  private static Path write(String name, Comparison c) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Golden.export("html", c, Golden.options()), StandardCharsets.UTF_8);
    return file;
  }

  private static void open(Path page) {
    browser.get(page.toUri().toString());
  }

  /** The confirmed links of {@code c} in A's reading order: the rows a default handout shows. */
  private static List<Link> shownLinks(Comparison c) {
    return Navigation.inReadingOrder(c, Side.A).stream()
        .filter(l -> l.status() == LinkStatus.CONFIRMED)
        .toList();
  }

  private static String claimText(Comparison c, String id) {
    Claim claim = c.claim(id).orElseThrow();
    return claim.textIn(c.document(claim.side()));
  }

  private static String label(Comparison c, TagTarget target, String id) {
    return c.codebook().find(target, id).map(TagKind::label).orElseThrow();
  }

  @Test
  void eachRowShowsItsLinksClaimsRelationAndNoteInReadingOrder() {
    open(handout);
    List<WebElement> rows = browser.findElements(By.cssSelector("table.links tbody.row"));
    List<Link> links = shownLinks(C);

    assertThat(rows).hasSize(links.size());
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      WebElement row = rows.get(i);
      List<WebElement> cells = row.findElements(By.cssSelector("td.claims"));
      for (Side side : Side.values()) {
        List<String> ids = side == Side.A ? link.aClaims() : link.bClaims();
        List<WebElement> shown = cells.get(side.ordinal()).findElements(By.tagName("p"));
        assertThat(shown).as(link.id() + " " + side).hasSize(ids.size());
        for (int k = 0; k < ids.size(); k++) {
          String id = ids.get(k);
          assertThat(shown.get(k).findElement(By.cssSelector("a.claim-ref")).getText())
              .isEqualTo(id);
          assertThat(shown.get(k).getText()).isEqualTo(id + claimText(C, id));
        }
      }
      assertThat(row.findElement(By.cssSelector("td.relation")).getText())
          .isEqualTo(label(C, TagTarget.LINK, link.relation()));
      List<WebElement> note = row.findElements(By.cssSelector("tr.note td[colspan]"));
      if (link.note().isBlank()) {
        assertThat(note).isEmpty();
      } else {
        assertThat(note)
            .singleElement()
            .extracting(WebElement::getText)
            .isEqualTo("Note: " + link.note());
      }
    }
  }

  @Test
  void theCountsShownAreThoseOfTheComparison() {
    open(handout);
    Map<String, String> relations = new LinkedHashMap<>();
    for (TagKind kind : C.codebook().kinds(TagTarget.LINK)) {
      long n = shownLinks(C).stream().filter(l -> l.relation().equals(kind.id())).count();
      relations.put(kind.label(), String.valueOf(n));
    }
    Map<String, String> frames = new LinkedHashMap<>();
    for (TagKind kind : C.codebook().kinds(TagTarget.TERM)) {
      long n =
          C.terms().stream()
              .filter(t -> t.status() == LinkStatus.CONFIRMED)
              .map(TermTag::frame)
              .filter(kind.id()::equals)
              .count();
      if (n > 0) {
        frames.put(kind.label(), String.valueOf(n));
      }
    }
    List<WebElement> tables = browser.findElements(By.cssSelector("#counts table.counts"));

    assertThat(shown(tables.get(0))).isEqualTo(relations);
    assertThat(shown(tables.get(1))).isEqualTo(frames);
  }

  private static Map<String, String> shown(WebElement countTable) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (WebElement row : countTable.findElements(By.tagName("tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      shown.put(cells.get(0).getText(), row.findElement(By.cssSelector("td.n")).getText());
    }
    return shown;
  }

  @Test
  void everyLinkOnThePageLeadsToAnElementOfThePage() {
    open(handout);
    List<String> targets = new ArrayList<>();
    for (WebElement a : browser.findElements(By.cssSelector("a[href^='#']"))) {
      targets.add(a.getDomAttribute("href").substring(1));
    }

    assertThat(targets).isNotEmpty();
    for (String target : targets) {
      assertThat(browser.findElements(By.id(target))).as(target).hasSize(1);
    }
    WebElement ref = browser.findElement(By.cssSelector("#only a.claim-ref"));
    String id = ref.getText();
    assertThat(inView("claim-" + id)).as("the claim is out of view before").isFalse();
    ref.click();

    assertThat(browser.getCurrentUrl()).endsWith("#claim-" + id);
    assertThat(inView("claim-" + id)).as("the claim is in view after").isTrue();
  }

  private static boolean inView(String id) {
    return (Boolean)
        browser.executeScript(
            "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            id);
  }

  @Test
  void thePageFetchesNothingAndLinksOnlyToTheSourcesAddresses() {
    open(handout);
    JavascriptExecutor js = browser;
    List<?> fetched =
        (List<?>)
            js.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
    List<?> addresses =
        (List<?>)
            js.executeScript(
                "return Array.from(document.querySelectorAll('[src], [href], [srcset],"
                    + " [action], [data]')).map(e => e.tagName.toLowerCase() + ' '"
                    + " + (e.getAttribute('src') || e.getAttribute('href')"
                    + " || e.getAttribute('srcset') || e.getAttribute('action')"
                    + " || e.getAttribute('data')))");
    List<String> sources = new ArrayList<>();
    for (Side side : Side.values()) {
      String url = C.document(side).metadata().sourceUrl();
      if (!url.isBlank()) {
        sources.add("a " + url);
      }
    }

    assertThat(fetched).isEmpty();
    assertThat(addresses)
        .map(String::valueOf)
        .filteredOn(a -> !a.startsWith("a #"))
        .containsExactlyInAnyOrderElementsOf(sources);
  }

  @Test
  void printedOnA4AndLetterEachSectionStartsAPage() throws IOException {
    open(handout);
    List<String> headings =
        browser.findElements(By.cssSelector("body > section > h2")).stream()
            .map(WebElement::getText)
            .toList();
    for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
      Printed printed = Printed.of(browser, size);

      assertThat(printed.sizes())
          .allSatisfy(
              s -> {
                assertThat(s[0]).isCloseTo((float) size.getWidth() * 10 * Printed.MM, within());
                assertThat(s[1]).isCloseTo((float) size.getHeight() * 10 * Printed.MM, within());
              });
      List<String> starts = printed.firstLines();
      assertThat(starts.get(0)).isEqualTo(C.title());
      assertThat(starts).containsSubsequence(headings.subList(1, headings.size()));
      assertThat(starts.stream().filter(headings::contains).count() + 1)
          .as("pages that start a section, on %s", size)
          .isEqualTo(5);
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(2f);
  }

  @Test
  void printedRowsAreNeverSplitAcrossPages() throws IOException {
    open(longHandout);
    for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
      Printed printed = Printed.of(browser, size);
      List<Integer> pagesOfRows = new ArrayList<>();
      for (Link link : shownLinks(LONG)) {
        List<String> parts = new ArrayList<>();
        link.aClaims().forEach(id -> parts.add(claimText(LONG, id)));
        link.bClaims().forEach(id -> parts.add(claimText(LONG, id)));
        if (!link.note().isBlank()) {
          parts.add(link.note());
        }
        int page = printed.firstPageOfAny(parts);
        pagesOfRows.add(page);
        for (String part : parts) {
          assertThat(printed.pagesHolding(part))
              .as("row %s on %s: %s", link.id(), size, part)
              .contains(page);
        }
      }
      assertThat(pagesOfRows.get(pagesOfRows.size() - 1))
          .as("the table runs over several pages on %s", size)
          .isGreaterThan(1);
    }
  }
}
