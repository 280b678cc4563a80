package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.DocumentMetadata;

/**
 * Reduces Markdown to its text: heading markers go (the heading stays as a line of its own), images
 * go, links keep their text, emphasis markers, quote markers, list markers and rules go. A leading
 * YAML front matter block gives title and author hints.
 */
final class MarkdownStripper {

  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---\\n(.*?)\\n---\\n", Pattern.DOTALL);
  private static final Pattern ATX_HEADING =
      Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("(?m)^(.+)\\n[=-]{3,}\\s*$");
  private static final Pattern RULE = Pattern.compile("(?m)^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
  private static final Pattern LINK_DEFINITION =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
  private static final Pattern QUOTE_MARKER = Pattern.compile("(?m)^ {0,3}>\\s?");
  private static final Pattern LIST_MARKER =
      Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?=\\S)");

  /** The text and the front matter's hints. */
  record Stripped(String text, DocumentMetadata hints) {}

  private MarkdownStripper() {}

  static Stripped strip(String markdown) {
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    DocumentMetadata hints = DocumentMetadata.EMPTY;
    Matcher front = FRONT_MATTER.matcher(text);
    if (front.find()) {
      hints = frontMatter(front.group(1));
      text = text.substring(front.end());
    }
    text = RULE.matcher(text).replaceAll("");
    text = SETEXT_UNDERLINE.matcher(text).replaceAll("\n$1\n");
    text =
        ATX_HEADING
            .matcher(text)
            .replaceAll(m -> Matcher.quoteReplacement("\n" + m.group(1) + "\n"));
    text = LINK_DEFINITION.matcher(text).replaceAll("");
    text = LinkMarkup.strip(text);
    text = REFERENCE_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    text = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    text = QUOTE_MARKER.matcher(text).replaceAll("");
    text = listItemsApart(text);
    return new Stripped(text, hints);
  }

  /**
   * Takes the marker off each list item and makes the item a paragraph of its own, so items without
   * a full stop stay apart. A line counts as an item only after a blank line or within a list (an
   * item and the lines that continue it): a wrapped sentence whose next line happens to start
   * "2023. The" or "- " is left whole.
   */
  private static String listItemsApart(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean inList = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher marker = LIST_MARKER.matcher(line);
      boolean blankBefore = i == 0 || lines[i - 1].isBlank();
      boolean item = (blankBefore || inList) && marker.find();
      if (i > 0) {
        out.append('\n');
      }
      if (item) {
        out.append('\n').append(line.substring(marker.end()));
      } else if (inList) {
        out.append(line.stripLeading()); // an item's continuation: its indent means nothing
      } else {
        out.append(line);
      }
      inList = item || (inList && !line.isBlank());
    }
    return out.toString();
  }

  private static DocumentMetadata frontMatter(String yaml) {
    String title = "";
    List<String> authors = new ArrayList<>();
    String date = "";
    for (String line : yaml.split("\n")) {
      String[] pair = line.split(":", 2);
      if (pair.length < 2) {
        continue;
      }
      String key = pair[0].strip().toLowerCase(Locale.ROOT);
      String value = pair[1].strip().replaceAll("^[\"']|[\"']$", "");
      switch (key) {
        case "title" -> title = value;
        case "author", "authors" ->
            authors.addAll(AuthorNames.parseList(value.replaceAll("[\\[\\]]", "")));
        case "date" -> date = value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : "";
        default -> {}
      }
    }
    return new DocumentMetadata(title, authors, "", "", date, "", List.of());
  }
}
