package org.parallax.agreement;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.parallax.model.Comparison;

/**
 * Annotators' names: the file's {@code annotator} field, else the file's name without {@code
 * .parallax.json}; a name already given gets a number ({@code ana (2)}).
 */
final class Names {
  private static final String EXTENSION = ".parallax.json";

  private final Set<String> given = new HashSet<>();

  static String of(Comparison comparison, Path file) {
    String annotator = comparison.annotator().strip();
    if (!annotator.isEmpty()) {
      return annotator;
    }
    String name = file.getFileName().toString();
    if (name.endsWith(EXTENSION) && name.length() > EXTENSION.length()) {
      return name.substring(0, name.length() - EXTENSION.length());
    }
    return name;
  }

  /** {@code name}, or with the first number that makes it unique among the names given. */
  String unique(String name) {
    String candidate = name;
    for (int n = 2; !given.add(candidate); n++) {
      candidate = name + " (" + n + ")";
    }
    return candidate;
  }
}
