package org.parallax.ui.align;

import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.parallax.store.EquivalenceFile;
import org.parallax.store.StoreException;

/** Keeps the reader's {@link AlignmentChoices} between runs. */
public interface AlignmentChoicesStore {

  /**
   * The choices kept, or the defaults for what was never saved. An unreadable list of equivalent
   * names counts as empty and {@code problem} hears why.
   */
  AlignmentChoices load(Consumer<String> problem);

  /**
   * Keeps {@code choices}.
   *
   * @throws StoreException when they cannot be written
   */
  void save(AlignmentChoices choices) throws StoreException;

  /** Where the equivalent names are kept, for the reader to know. */
  String equivalencesPath();

  /**
   * Why the kept list of equivalent names could not be read at the last {@link #load}, or empty.
   * While it could not, {@link #save} leaves that list alone rather than overwrite it.
   */
  default String namesProblem() {
    return "";
  }

  /** The app's store: {@code org/parallax/alignment} preferences and {@code ~/.parallax}. */
  static AlignmentChoicesStore forApp() {
    return preferences(
        Preferences.userRoot().node("org/parallax/alignment"),
        new EquivalenceFile(EquivalenceFile.defaultPath()));
  }

  /**
   * Switches and thresholds in the preferences {@code node}, the equivalent names in their own file
   * (which the command line can read too, with {@code align --lexicon}).
   */
  static AlignmentChoicesStore preferences(Preferences node, EquivalenceFile names) {
    return new AlignmentChoicesStore() {
      private String namesProblem = "";

      @Override
      public AlignmentChoices load(Consumer<String> problem) {
        AlignmentChoices d = AlignmentChoices.DEFAULTS;
        String equivalences = "";
        try {
          equivalences = names.load();
          namesProblem = "";
        } catch (StoreException e) {
          namesProblem = e.getMessage();
          problem.accept(namesProblem);
        }
        return new AlignmentChoices(
            node.getBoolean("meaning", d.meaning()),
            node.getDouble("minScore", d.minScore()),
            node.getDouble("lexicalMinScore", d.lexicalMinScore()),
            equivalences);
      }

      @Override
      public void save(AlignmentChoices choices) throws StoreException {
        node.putBoolean("meaning", choices.meaning());
        node.putDouble("minScore", choices.minScore());
        node.putDouble("lexicalMinScore", choices.lexicalMinScore());
        try {
          node.flush();
        } catch (BackingStoreException e) {
          // The choices still hold for this run; the next run starts from the defaults.
        }
        if (namesProblem.isEmpty()) {
          names.save(choices.equivalences());
        }
      }

      @Override
      public String equivalencesPath() {
        return names.path().toString();
      }

      @Override
      public String namesProblem() {
        return namesProblem;
      }
    };
  }

  /** Choices held in memory only: for tests. */
  static AlignmentChoicesStore inMemory(AlignmentChoices initial) {
    return new AlignmentChoicesStore() {
      private AlignmentChoices current = initial;

      @Override
      public AlignmentChoices load(Consumer<String> problem) {
        return current;
      }

      @Override
      public void save(AlignmentChoices choices) {
        current = choices;
      }

      @Override
      public String equivalencesPath() {
        return "(kept in memory)";
      }
    };
  }
}
