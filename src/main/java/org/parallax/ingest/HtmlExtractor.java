package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.model.DocumentMetadata;

/**
 * Reduces a saved web page to its article text with jsoup. Nothing is fetched and no script runs:
 * the page is only parsed. Page furniture (navigation, headers, footers, asides, forms, scripts,
 * embedded frames, comments) is dropped; an {@code <article>} or {@code <main>} element is
 * preferred over the whole body. Paragraphs come out separated by blank lines, headings as lines of
 * their own, list items as lines of one block.
 */
final class HtmlExtractor {

  private static final String FURNITURE =
      "nav, header, footer, aside, script, style, noscript, form, iframe, frame, object, embed,"
          + " template, svg, canvas, button, select, [role=navigation], [role=banner],"
          + " [role=contentinfo], [aria-hidden=true]";

  private static final String BLOCKS =
      "p div section article main blockquote pre figure figcaption table tr ul ol dl dt dd"
          + " h1 h2 h3 h4 h5 h6 hr address details summary";

  /** The article text and what the page says about itself. */
  record Extracted(String text, DocumentMetadata hints) {}

  private HtmlExtractor() {}

  /** Looks for a charset declared in the first bytes of a page ({@code <meta charset=...>}). */
  static String declaredCharset(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)")
            .matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static Extracted extract(String html) {
    Document page = Jsoup.parse(html);
    DocumentMetadata hints = PageMetadata.of(page);
    removeComments(page);
    page.select(FURNITURE).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
    }
    return new Extracted(new Collector().collect(root), hints);
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

  /** Walks the article element and gathers its text block by block. */
  private static final class Collector implements NodeVisitor {
    private final List<String> out = new ArrayList<>();
    private final List<Boolean> listItem = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean currentIsListItem;

    String collect(Element root) {
      NodeTraversor.traverse(this, root);
      flush();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < out.size(); i++) {
        if (i > 0) {
          text.append(listItem.get(i) && listItem.get(i - 1) ? "\n" : "\n\n");
        }
        text.append(out.get(i));
      }
      return text.toString();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        current.append(textNode.getWholeText().replaceAll("\\s+", " "));
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("li")) {
          flush();
          currentIsListItem = true;
          Element parent = element.parent();
          if (parent != null && parent.normalName().equals("ol")) {
            current.append(element.elementSiblingIndex() + 1).append(". ");
          } else {
            current.append("• ");
          }
        } else if (tag.equals("br")) {
          current.append('\n');
        } else if (isBlock(tag)) {
          flush();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("li") || isBlock(tag)) {
          flush();
        } else if (tag.equals("td") || tag.equals("th")) {
          current.append(' ');
        }
      }
    }

    private void flush() {
      String text = current.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").strip();
      if (!text.isEmpty() && !text.matches("(?:[•]|\\d+\\.)")) {
        out.add(text);
        listItem.add(currentIsListItem);
      }
      current.setLength(0);
      currentIsListItem = false;
    }

    private static boolean isBlock(String tag) {
      return (" " + BLOCKS + " ").contains(" " + tag + " ") || tag.equals("li");
    }
  }
}
