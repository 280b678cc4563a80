package org.parallax.ui.align;

import java.util.List;
import java.util.stream.Collectors;
import org.parallax.align.EquivalenceLexicon;

/**
 * The reader's equivalent names in two spellings: as edited in the window, one referent a line with
 * {@code =} between its names ("Khankendi = Stepanakert"), and as kept in the lexicon file, with
 * tabs between them; a line's frame field ({@code frame:security}) goes last. Comment lines ({@code
 * #}) and blank lines pass through unchanged.
 */
final class EquivalenceLines {
  private static final String SEPARATOR = " = ";

  private EquivalenceLines() {}

  /** The file's tab-separated lines with {@code " = "} between names. */
  static String toEditable(String fileText) {
    return convert(fileText, SEPARATOR);
  }

  /** The edited lines with tabs between names; a tab typed between names counts like {@code =}. */
  static String toFile(String editable) {
    return convert(editable, "\t");
  }

  /**
   * What is wrong with the edited lines, one message a line at fault: a referent needs at least two
   * names.
   */
  static List<String> problems(String editable) {
    return EquivalenceLexicon.problems(editable);
  }

  /** A referent's names, then its frame field when it has one ("… = frame:security"). */
  private static String entry(String line, String separator) {
    String names = String.join(separator, EquivalenceLexicon.namesOn(line));
    String frame = EquivalenceLexicon.frameOn(line);
    return frame.isEmpty() ? names : names + separator + "frame:" + frame;
  }

  private static String convert(String text, String separator) {
    return text.lines()
        .map(line -> EquivalenceLexicon.isEntry(line) ? entry(line, separator) : line.strip())
        .collect(Collectors.joining("\n"));
  }
}
