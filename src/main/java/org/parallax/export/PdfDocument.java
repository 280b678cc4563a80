package org.parallax.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The handout's HTML made ready for the PDF renderer: parsed by jsoup as a browser would and turned
 * into a well-formed XHTML DOM, with the PDF's own style sheet after the handout's, a bookmark (PDF
 * outline entry) per section and per essay of the full texts, and the annotator as the document's
 * author.
 */
final class PdfDocument {
  /** The base address of the page: nothing is resolved against it, nothing is fetched. */
  static final String BASE_URI = "about:blank";

  private static final String CSS = read("handout-pdf.css");

  private final Document html;

  private PdfDocument(Document html) {
    this.html = html;
  }

  /** The PDF's document for {@code handoutHtml}, the handout of {@code handout}. */
  static PdfDocument of(String handoutHtml, Handout handout) {
    Document html = Jsoup.parse(handoutHtml, BASE_URI);
    Element head = html.head();
    head.appendElement("style").appendText(CSS);
    String annotator = handout.comparison().annotator();
    if (!annotator.isBlank()) {
      head.appendElement("meta").attr("name", "author").attr("content", annotator);
    }
    head.appendElement("meta").attr("name", "subject").attr("content", "Parallax handout");
    Element bookmarks = head.appendElement("bookmarks");
    for (Element section : html.body().select("section[id]")) {
      Element heading = section.selectFirst("h2");
      if (heading == null) {
        continue;
      }
      Element mark = bookmark(bookmarks, heading.text(), section.id());
      int n = 0;
      for (Element article : section.select("article")) {
        Element title = article.selectFirst("h3");
        if (title != null) {
          String id = section.id() + "-" + (++n);
          article.id(id);
          bookmark(mark, title.text(), id);
        }
      }
    }
    return new PdfDocument(html);
  }

  private static Element bookmark(Element parent, String name, String id) {
    return parent.appendElement("bookmark").attr("name", name).attr("href", "#" + id);
  }

  /** The document as a W3C DOM in the XHTML namespace, as the renderer takes it. */
  org.w3c.dom.Document xhtml() {
    return new W3CDom().fromJsoup(html);
  }

  /** How many elements the page holds: the measure of styling progress. */
  int elementCount() {
    return html.body().getAllElements().size() + 2;
  }

  /** How many characters of text the page holds: the measure of layout progress. */
  long textLength() {
    long[] n = {0};
    html.body()
        .traverse(
            (node, depth) -> {
              if (node instanceof org.jsoup.nodes.TextNode text) {
                n[0] += text.getWholeText().length();
              }
            });
    return n[0];
  }

  private static String read(String name) {
    try (InputStream in = PdfDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
