package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Walks an HTML element and writes its text block by block: paragraphs, headings and other block
 * elements separated by blank lines, the items of a list as lines of one block ("• item", "1.
 * item"), white space inside a block collapsed as a browser would.
 */
final class HtmlTextCollector implements NodeVisitor {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "tr",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "address",
          "details",
          "summary",
          "li");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_AROUND_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern BARE_MARKER = Pattern.compile("•|\\d+\\.");

  private record Piece(String text, boolean listItem) {}

  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean currentIsListItem;

  private HtmlTextCollector() {}

  /** The text of {@code root}, blocks separated by blank lines. */
  static String collect(Element root) {
    HtmlTextCollector collector = new HtmlTextCollector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.join();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      current.append(WHITE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("br")) {
        current.append('\n');
      } else if (BLOCKS.contains(tag)) {
        flush();
        if (tag.equals("li")) {
          startListItem(element);
        }
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      if (BLOCKS.contains(tag)) {
        flush();
      } else if (tag.equals("td") || tag.equals("th")) {
        current.append(' ');
      }
    }
  }

  private void startListItem(Element item) {
    currentIsListItem = true;
    Element list = item.parent();
    if (list != null && list.normalName().equals("ol")) {
      current.append(item.elementSiblingIndex() + 1).append(". ");
    } else {
      current.append("• ");
    }
  }

  private void flush() {
    String text = SPACE_AROUND_BREAK.matcher(current).replaceAll("\n").strip();
    if (!text.isEmpty() && !BARE_MARKER.matcher(text).matches()) {
      pieces.add(new Piece(text, currentIsListItem));
    }
    current.setLength(0);
    currentIsListItem = false;
  }

  private String join() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        boolean sameList = pieces.get(i).listItem() && pieces.get(i - 1).listItem();
        text.append(sameList ? "\n" : "\n\n");
      }
      text.append(pieces.get(i).text());
    }
    return text.toString();
  }
}
