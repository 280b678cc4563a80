package org.parallax.align.gold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the tab-separated gold files. Blank lines and lines starting with {@code #} are skipped;
 * every other line must have the expected number of columns.
 */
public final class GoldFiles {

  /** Separates the quotes of several claims on one side of a link. */
  public static final String QUOTE_SEPARATOR = " || ";

  private GoldFiles() {}

  /** Gold links from {@code links.tsv}: {@code aQuotes TAB bQuotes TAB relation}. */
  public static List<GoldLink> parseLinks(String fileName, String content) {
    List<GoldLink> links = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] columns = columns(fileName, lines[i], i + 1, 3);
      if (columns != null) {
        try {
          links.add(
              new GoldLink(quotes(columns[0]), quotes(columns[1]), columns[2].strip(), i + 1));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(fileName + " " + e.getMessage(), e);
        }
      }
    }
    return links;
  }

  /** Name equivalences from {@code equivalences.tsv}: {@code nameA TAB nameB}. */
  public static List<GoldPair.Equivalence> parseEquivalences(String fileName, String content) {
    List<GoldPair.Equivalence> equivalences = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] columns = columns(fileName, lines[i], i + 1, 2);
      if (columns != null) {
        equivalences.add(new GoldPair.Equivalence(columns[0].strip(), columns[1].strip()));
      }
    }
    return equivalences;
  }

  private static String[] columns(String fileName, String line, int number, int expected) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    String[] columns = line.split("\t", -1);
    if (columns.length != expected || Arrays.stream(columns).anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          fileName
              + " line "
              + number
              + ": expected "
              + expected
              + " non-empty tab-separated columns, found "
              + columns.length);
    }
    return columns;
  }

  private static List<String> quotes(String column) {
    return Arrays.stream(column.split(Pattern.quote(QUOTE_SEPARATOR))).map(String::strip).toList();
  }
}
