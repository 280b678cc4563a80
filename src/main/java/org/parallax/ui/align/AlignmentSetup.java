package org.parallax.ui.align;

import java.util.Optional;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.LexiconLines;
import org.parallax.store.StoreException;
import org.parallax.ui.Messages;

/**
 * The reader's alignment settings in the window: the choices in force, and changing them, which
 * keeps them for the next run and makes the alignment use them from now on.
 */
public final class AlignmentSetup {
  private final AlignmentChoicesStore store;
  private AlignmentChoices current;

  public AlignmentSetup(AlignmentChoicesStore store, AlignmentChoices current) {
    this.store = store;
    this.current = current;
  }

  public AlignmentChoices current() {
    return current;
  }

  /** Why the reader's kept names could not be read, or empty; the dialog then leaves them be. */
  public String namesProblem() {
    return store.namesProblem();
  }

  /** Where the reader's equivalent names are kept, for the dialog to say. */
  public String equivalencesPath() {
    return store.equivalencesPath();
  }

  /**
   * Aligns with {@code chosen} from now on and keeps it for the next run.
   *
   * @return why keeping it failed, if it did (the choices still apply to this run)
   */
  public Optional<String> choose(AlignmentChoices chosen, AlignmentViewModel alignment) {
    current = chosen;
    alignment.useAligner(chosen::aligner);
    try {
      store.save(chosen);
      return Optional.empty();
    } catch (StoreException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Adds lexicon entry {@code line} to the reader's names unless they hold it already, keeps them
   * and aligns with them from the next alignment on.
   *
   * @return what the reader is told
   */
  public String addEntry(String line, AlignmentViewModel alignment) {
    if (!store.namesProblem().isEmpty()) {
      return store.namesProblem();
    }
    LexiconLines.Merge merge =
        LexiconLines.merge(current.equivalences(), line, EquivalenceLexicon.bundled());
    String names = String.join(" = ", EquivalenceLexicon.namesOn(line));
    if (merge.added() == 0) {
      return Messages.get("terms.addToLexicon.known", names);
    }
    return choose(current.withEquivalences(merge.text()), alignment)
        .map(problem -> Messages.get("alignSettings.saveFailed", problem))
        .orElse(Messages.get("terms.addToLexicon.done", names));
  }
}
