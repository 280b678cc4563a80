package org.parallax.tagging;

import java.text.Normalizer;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;

/**
 * What a comparison is called when the reader has not named it yet, and the file name its title
 * suggests. A teacher hands these files to a class: each must say what it compares.
 */
public final class ComparisonNames {
  /** Longest part of an essay's title that goes into the comparison's title. */
  static final int SHORT_TITLE = 48;

  /** Longest file name proposed, before {@code .parallax.json}. */
  static final int FILE_NAME = 80;

  /** How a comparison file's name ends. */
  public static final String EXTENSION = ".parallax.json";

  private ComparisonNames() {}

  /**
   * "Military operation in Karabakh ↔ A modern-day ethnic cleansing": each essay's title up to its
   * subtitle (after a colon, question mark, dash or bar), cut at a word near {@value SHORT_TITLE}
   * characters.
   */
  public static String defaultTitle(Document a, Document b) {
    return shortTitle(a.metadata().title()) + " \u2194 " + shortTitle(b.metadata().title());
  }

  /** The comparison's own title, or the default from its essays when it has none. */
  public static String titleOf(Comparison c) {
    return c.title().isBlank() ? defaultTitle(c.a(), c.b()) : c.title();
  }

  /**
   * What a side is called to a reader: its perspective, else its title without subtitle, else "A"
   * or "B".
   */
  public static String sideName(Comparison c, Side side) {
    var meta = c.document(side).metadata();
    if (!meta.perspective().isBlank()) {
      return meta.perspective();
    }
    return meta.title().isBlank() ? side.name() : shortTitle(meta.title());
  }

  /** An essay's title without its subtitle, at most about {@value SHORT_TITLE} characters. */
  static String shortTitle(String title) {
    String head = title.strip().split("\\s*(?:[:?|\u2013\u2014]|\\s-\\s)\\s*", 2)[0].strip();
    if (head.isEmpty()) {
      head = title.strip();
    }
    if (head.length() <= SHORT_TITLE) {
      return head;
    }
    int cut = head.lastIndexOf(' ', SHORT_TITLE);
    return head.substring(0, cut > SHORT_TITLE / 2 ? cut : SHORT_TITLE).strip() + "\u2026";
  }

  /**
   * A file name for a comparison titled {@code title}: letters and digits kept (accents dropped),
   * everything else one hyphen, at most {@value FILE_NAME} characters, then {@value EXTENSION};
   * "comparison.parallax.json" when nothing is left.
   */
  public static String fileName(String title) {
    String plain =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > FILE_NAME) {
      int cut = plain.lastIndexOf('-', FILE_NAME);
      plain = plain.substring(0, cut > FILE_NAME / 2 ? cut : FILE_NAME);
    }
    return (plain.isEmpty() ? "comparison" : plain) + EXTENSION;
  }
}
