package org.parallax.ingest;

import java.util.regex.Pattern;

/**
 * Removes breadcrumb navigation: a single line of three or more sections separated by {@code >},
 * {@code »} or {@code ›} ("Site > English > Europe > Caucasus").
 */
final class BreadcrumbStep implements CleaningStep {

  static final String REASON = "breadcrumb navigation";

  private static final Pattern SEPARATOR = Pattern.compile("\\s[>»›]\\s");
  private static final int MAX_LENGTH = 500;

  @Override
  public void apply(Draft draft) {
    for (int i = draft.size() - 1; i >= 0; i--) {
      Paragraph p = draft.get(i);
      if (p.isSingleLine() && p.text().length() <= MAX_LENGTH && separators(p.text()) >= 3) {
        draft.remove(i, REASON);
      }
    }
  }

  private static long separators(String line) {
    return SEPARATOR.matcher(line).results().count();
  }
}
