package org.parallax.ui.align;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.LexiconLines;
import org.parallax.store.LexiconFile;
import org.parallax.store.StoreException;
import org.parallax.ui.Messages;

/**
 * Import and export of the reader's equivalent names in the settings dialog, on the lines as edited
 * there ({@code =} between names): what the lines become and what the reader is told.
 */
final class LexiconTransfer {
  /** At most this many of an imported file's problems are told, the rest counted. */
  private static final int PROBLEMS_TOLD = 3;

  /**
   * What an import or export did.
   *
   * @param lines the edited lines after an import, empty when they stay as they were
   * @param message what the reader is told
   * @param failed whether nothing was done
   */
  record Outcome(Optional<String> lines, String message, boolean failed) {
    static Outcome failure(String message) {
      return new Outcome(Optional.empty(), message, true);
    }
  }

  private LexiconTransfer() {}

  /** The edited {@code lines} with the entries of lexicon {@code file} they lack. */
  static Outcome importFrom(Path file, String lines) {
    String text;
    try {
      text = LexiconFile.read(file);
    } catch (StoreException e) {
      return Outcome.failure(e.getMessage());
    }
    String name = String.valueOf(file.getFileName());
    List<String> problems = EquivalenceLexicon.problems(text);
    if (!problems.isEmpty()) {
      String told = String.join(" ", problems.subList(0, Math.min(PROBLEMS_TOLD, problems.size())));
      int more = problems.size() - PROBLEMS_TOLD;
      return Outcome.failure(
          Messages.get("lexicon.import.refused", name, told)
              + (more > 0 ? " " + Messages.get("lexicon.import.more", more) : ""));
    }
    LexiconLines.Merge merge =
        LexiconLines.merge(EquivalenceLines.toFile(lines), text, EquivalenceLexicon.bundled());
    if (merge.added() + merge.alreadyThere() == 0) {
      return Outcome.failure(Messages.get("lexicon.import.empty", name));
    }
    return new Outcome(
        Optional.of(EquivalenceLines.toEditable(merge.text())),
        Messages.get("lexicon.import.done", name, merge.added(), merge.alreadyThere()),
        false);
  }

  /** Writes the edited {@code lines} (after the bundled entries, if {@code withBundled}). */
  static Outcome exportTo(Path file, String lines, boolean withBundled) {
    try {
      LexiconFile.write(file, LexiconLines.export(EquivalenceLines.toFile(lines), withBundled));
      return new Outcome(
          Optional.empty(), Messages.get("lexicon.export.done", file.toString()), false);
    } catch (StoreException e) {
      return Outcome.failure(e.getMessage());
    }
  }

  /** The bundled entries as the dialog shows them, read-only. */
  static String bundled() {
    return EquivalenceLines.toEditable(String.join("\n", LexiconLines.bundledEntries()));
  }
}
