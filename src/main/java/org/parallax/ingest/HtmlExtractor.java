package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.parallax.model.DocumentMetadata;

/**
 * Reduces a saved web page to its article text with jsoup. Nothing is fetched and no script runs:
 * the page is only parsed. Page furniture (navigation, headers, footers, asides, forms, scripts,
 * embedded frames, comments) is dropped, and so is text a browser would not show (the {@code
 * hidden} attribute, {@code display: none} or {@code visibility: hidden} in a style attribute); an
 * {@code <article>} or {@code <main>} element is preferred over the whole body.
 */
final class HtmlExtractor {

  private static final String FURNITURE =
      "nav, header, footer, aside, script, style, noscript, form, iframe, frame, object, embed,"
          + " template, svg, canvas, button, select, [role=navigation], [role=banner],"
          + " [role=contentinfo], [aria-hidden=true]";

  /**
   * Elements a browser does not show: text a reader never sees on the page is not part of the essay
   * (it may be planted to skew the alignment).
   */
  private static final String HIDDEN =
      "[hidden]:not([hidden=until-found]), [style~=(?i)display\\s*:\\s*none],"
          + " [style~=(?i)visibility\\s*:\\s*(hidden|collapse)], [aria-hidden=true]";

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
  private static final int HEAD_BYTES = 4096;

  /**
   * Elements nested deeper than this refuse the page: pages people write nest a few dozen levels,
   * and walking a tree far deeper only serves a page made to exhaust the reader.
   */
  static final int MAX_DEPTH = 1_000;

  /** The article text and what the page says about itself. */
  record Extracted(String text, DocumentMetadata hints) {}

  private HtmlExtractor() {}

  /** The charset a page declares in its first bytes ({@code <meta charset=...>}), or null. */
  static String declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The article text of {@code html} and the metadata its head declares.
   *
   * @param shownAs how a refusal names the page ("“essay.html”", "The pasted web page")
   * @throws ImportException if its elements nest deeper than {@link #MAX_DEPTH}
   */
  static Extracted extract(String html, String shownAs) throws ImportException {
    Document page = Jsoup.parse(html);
    refuseDeepNesting(page, shownAs);
    DocumentMetadata hints = PageMetadata.of(page);
    removeComments(page);
    page.select(FURNITURE).remove();
    page.select(HIDDEN).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
    }
    return new Extracted(HtmlTextCollector.collect(root), hints);
  }

  private static void refuseDeepNesting(Document page, String shownAs) throws ImportException {
    boolean[] tooDeep = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth > MAX_DEPTH) {
              tooDeep[0] = true;
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        },
        page);
    if (tooDeep[0]) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "%s has elements nested more than %,d levels deep, which no page a person writes"
                  + " has; Parallax does not read it. Save the article's text as a text file and"
                  + " import that.",
              shownAs,
              MAX_DEPTH));
    }
  }

  private static void removeComments(Document page) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment) {
            comments.add(node);
          }
        },
        page);
    comments.forEach(Node::remove);
  }
}
