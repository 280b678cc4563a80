package org.parallax.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown-style link and image markup inside otherwise plain text. */
final class LinkMarkup {

  static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
  static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]*)(?:\\s+\"[^\"\\n]*\")?\\)");

  private static final Pattern IMAGE_WITH_SPACE = Pattern.compile("[ \\t]?" + IMAGE.pattern());

  private LinkMarkup() {}

  /** The text with images dropped and every {@code [text](address)} reduced to its text. */
  static String strip(String text) {
    String noImages = IMAGE_WITH_SPACE.matcher(text).replaceAll("").strip();
    return LINK.matcher(noImages).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }
}
