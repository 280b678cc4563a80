package org.parallax.agreement;

import java.nio.file.Path;
import java.util.List;
import org.parallax.model.Comparison;

/**
 * One student's (or the key's) file, placed on the shared texts.
 *
 * @param name the file's annotator, else its file name; unique among the files compared
 * @param file where it was read from
 * @param comparison its comparison, every span placed in the shared texts
 * @param notes what loading did that a reader may want to know (migrated, re-anchored)
 */
public record Annotator(String name, Path file, Comparison comparison, List<String> notes) {
  public Annotator {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
