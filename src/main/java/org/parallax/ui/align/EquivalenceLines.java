package org.parallax.ui.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reader's equivalent names in two spellings: as edited in the window, one referent a line with
 * {@code =} between its names ("Khankendi = Stepanakert"), and as kept in the lexicon file, with
 * tabs between them. Comment lines ({@code #}) and blank lines pass through unchanged.
 */
final class EquivalenceLines {
  private static final String SEPARATOR = " = ";

  private EquivalenceLines() {}

  /** The file's tab-separated lines with {@code " = "} between names. */
  static String toEditable(String fileText) {
    return convert(fileText, "\t", SEPARATOR);
  }

  /** The edited lines with tabs between names; a tab typed between names counts like {@code =}. */
  static String toFile(String editable) {
    return convert(editable, "[=\t]", "\t");
  }

  /**
   * What is wrong with the edited lines, one message a line at fault: a referent needs at least two
   * names.
   */
  static List<String> problems(String editable) {
    List<String> problems = new ArrayList<>();
    String[] lines = editable.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!isEntry(lines[i])) {
        continue;
      }
      List<String> names = names(lines[i], "[=\t]");
      if (names.size() < 2) {
        problems.add(
            "Line "
                + (i + 1)
                + " has only one name"
                + (names.isEmpty() ? "" : " (" + names.get(0) + ")")
                + ": put = between two or more names of the same place, person or event.");
      }
    }
    return problems;
  }

  private static String convert(String text, String from, String to) {
    return text.lines()
        .map(line -> isEntry(line) ? String.join(to, names(line, from)) : line.strip())
        .collect(Collectors.joining("\n"));
  }

  private static boolean isEntry(String line) {
    return !line.isBlank() && !line.strip().startsWith("#");
  }

  private static List<String> names(String line, String separator) {
    return Arrays.stream(line.split(separator))
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .toList();
  }
}
