package org.parallax.ingest;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.model.DocumentMetadata;

/**
 * What a web page says about itself: title ({@code og:title}, {@code <title>}, first {@code <h1>}),
 * authors ({@code meta name=author}), site name, publication date and canonical address.
 */
final class PageMetadata {

  private PageMetadata() {}

  static DocumentMetadata of(Document page) {
    String title = firstNonBlank(meta(page, "og:title"), documentTitle(page));
    String author = firstNonBlank(meta(page, "author"), meta(page, "article:author"));
    List<String> authors = author.startsWith("http") ? List.of() : AuthorNames.parseList(author);
    String publisher = meta(page, "og:site_name");
    String date = isoDate(firstNonBlank(meta(page, "article:published_time"), meta(page, "date")));
    String url = firstNonBlank(meta(page, "og:url"), canonical(page));
    return new DocumentMetadata(title, authors, "", publisher, date, url, List.of());
  }

  private static String meta(Document page, String name) {
    Element element = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
    return element == null ? "" : element.attr("content").strip();
  }

  /**
   * The page title, or the first {@code <h1>} when the title is that heading plus a site name
   * ("Rivers and roads | Valley Review") or missing; otherwise the title without a trailing {@code
   * " | Site"}.
   */
  private static String documentTitle(Document page) {
    Element h1 = page.selectFirst("h1");
    String heading = h1 == null ? "" : h1.text().strip();
    String title = page.title().strip();
    if (!heading.isEmpty() && (title.isEmpty() || title.startsWith(heading))) {
      return heading;
    }
    // Without a heading to go by, "Bridge essay | Site" still ends in the site's name.
    int site = title.lastIndexOf(" | ");
    return site > 0 ? title.substring(0, site).strip() : title;
  }

  private static String canonical(Document page) {
    Element link = page.selectFirst("link[rel=canonical]");
    return link == null ? "" : link.attr("href").strip();
  }

  private static String isoDate(String value) {
    return value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : "";
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }
}
