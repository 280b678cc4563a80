package org.parallax.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the byline near the top ("By Jane Doe", "Monday 2 October 2023, by DOE Jane, …") and
 * keeps its authors and publication date as metadata when the hints have none.
 */
final class BylineStep implements CleaningStep {

  static final String REASON = "byline (authors and date kept as metadata)";

  private static final int TOP = 5;
  private static final int MAX_LENGTH = 400;
  private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
  private static final String DATE =
      "(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)^(?:" + WEEKDAY + "(" + DATE + "),?\\s+)?(?:written\\s+)?by\\s+(\\S.*)$");
  private static final Pattern FIRST_PUBLISHED =
      Pattern.compile("(?i)\\((?:date\\s+)?(?:first\\s+)?published:?\\s*([^)]+)\\)");
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ISO_LOCAL_DATE);

  @Override
  public void apply(Draft draft) {
    for (int i = 0; i < Math.min(TOP, draft.size()); i++) {
      String text = draft.text(i);
      Matcher m = BYLINE.matcher(text);
      if (text.length() <= MAX_LENGTH && draft.get(i).isSingleLine() && m.matches()) {
        String names = LinkMarkup.strip(m.group(2)).replaceFirst("\\s*[(|–—].*$", "");
        List<String> authors = AuthorNames.parseList(names.replaceFirst("[.\\s]+$", ""));
        if (authors.isEmpty() || !authors.stream().allMatch(BylineStep::looksLikeName)) {
          continue;
        }
        draft.metadata().offerAuthors(authors);
        Matcher published = FIRST_PUBLISHED.matcher(text);
        String date = published.find() ? published.group(1) : m.group(1);
        draft.metadata().offerDate(isoDate(date));
        draft.remove(i, REASON);
        return;
      }
    }
  }

  /** "Jane Doe" or "Samir Hajizada", not "the end of the war" or "2020". */
  private static boolean looksLikeName(String name) {
    String[] words = name.split("\\s+");
    return words.length <= 5 && Character.isUpperCase(name.codePointAt(0));
  }

  private static String isoDate(String written) {
    if (written == null) {
      return "";
    }
    String clean = written.strip().replaceFirst("[.,]$", "");
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(clean, format).toString();
      } catch (DateTimeParseException e) {
        // try the next way of writing dates
      }
    }
    return "";
  }
}
