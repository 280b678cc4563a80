package org.parallax.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line read as a byline: the forms newspapers and blogs use to say who wrote a piece, and when.
 *
 * <ul>
 *   <li>"By Jane Doe", "By Jane Doe and John Roe", "By A, B and C", "by Jane Doe, Staff Writer"
 *   <li>"Written by Jane Doe", "Words by Jane Doe", "Friday 6 March 2020, by DOE Jane"
 *   <li>"Author: Jane Doe", "Authors: Jane Doe, John Roe"
 *   <li>"Jane Doe and John Roe | 28 September 2023" (names, a bar or bullet, a date)
 * </ul>
 *
 * Emphasis around the line ("**By Jane Doe**") does not matter. A sentence that starts with "By"
 * ("By the end of the war, …") is not a byline: every name must look like a name.
 *
 * @param authors the names in reading order, roles ("Staff Writer") left out
 * @param date the publication date as {@code yyyy-MM-dd}, or empty
 */
record Byline(List<String> authors, String date) {

  private static final int MAX_LENGTH = 400;
  private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
  private static final String DATE =
      "(?:\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern BY =
      Pattern.compile(
          "(?i)^(?:"
              + WEEKDAY
              + "("
              + DATE
              + "),?\\s+)?(?:(?:written|words|text|story|reporting)\\s+)?by:?\\s+(\\S.*)$");
  private static final Pattern LABELLED =
      Pattern.compile("(?i)^(?:authors?|writers?|written by|byline)\\s*:\\s*(\\S.*)$");
  private static final Pattern NAMES_THEN_DATE =
      Pattern.compile("(?i)^([^|•·]+?)\\s*[|•·]\\s*" + WEEKDAY + "(" + DATE + ")\\.?$");
  private static final Pattern FIRST_PUBLISHED =
      Pattern.compile("(?i)\\((?:date\\s+)?(?:first\\s+)?published:?\\s*([^)]+)\\)");
  private static final Pattern TRAILING_DATE =
      Pattern.compile("(?i)\\s*(?:[,|•·–—-]\\s*)?" + WEEKDAY + "(" + DATE + ")\\.?$");
  private static final Pattern EMPHASIS = Pattern.compile("^[*_]{1,3}(.*?)[*_]{1,3}$");
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ISO_LOCAL_DATE);

  /** Words that name a role, not a person: "Staff Writer", "Special Correspondent". */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i).*\\b(?:staff|writer|reporter|correspondent|editor|contributor|journalist"
              + "|columnist|analyst|photographer|researcher|fellow|team|desk)\\b.*");

  /** Small words inside names ("Ursula von der Leyen", "Ibn al-Haytham"). */
  private static final Pattern PARTICLE =
      Pattern.compile("(?:de|da|di|du|del|della|der|den|van|von|la|le|al|el|bin|ibn|ter|y|zu)");

  Byline {
    authors = List.copyOf(authors);
    date = date == null ? "" : date;
  }

  /** {@code line} read as a byline, or empty when it is not one. */
  static Optional<Byline> read(String line) {
    String text = LinkMarkup.strip(line.strip());
    Matcher emphasis = EMPHASIS.matcher(text);
    if (emphasis.matches()) {
      text = emphasis.group(1).strip();
    }
    if (text.isEmpty() || text.length() > MAX_LENGTH || text.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    Matcher by = BY.matcher(text);
    if (by.matches()) {
      Matcher published = FIRST_PUBLISHED.matcher(text);
      return names(by.group(2), published.find() ? published.group(1) : by.group(1));
    }
    Matcher labelled = LABELLED.matcher(text);
    if (labelled.matches()) {
      return names(labelled.group(1), null);
    }
    Matcher piped = NAMES_THEN_DATE.matcher(text);
    if (piped.matches()) {
      return names(piped.group(1), piped.group(2));
    }
    return Optional.empty();
  }

  private static Optional<Byline> names(String written, String date) {
    String list = written.replaceFirst("\\s*[(|•·–—].*$", "");
    Matcher trailingDate = TRAILING_DATE.matcher(list);
    if (trailingDate.find()) {
      date = date == null ? trailingDate.group(1) : date;
      list = list.substring(0, trailingDate.start());
    }
    List<String> authors =
        AuthorNames.parseList(list.replaceFirst("[.\\s]+$", "")).stream()
            .filter(name -> !ROLE.matcher(name).matches())
            .toList();
    if (authors.isEmpty() || !authors.stream().allMatch(Byline::looksLikeName)) {
      return Optional.empty();
    }
    return Optional.of(new Byline(authors, isoDate(date)));
  }

  /** "Jane Doe" or "Ursula von der Leyen", not "the end of the war" or "2020". */
  private static boolean looksLikeName(String name) {
    String[] words = name.split("\\s+");
    if (words.length > 5 || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !PARTICLE.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String isoDate(String written) {
    if (written == null) {
      return "";
    }
    String clean = written.strip().replaceFirst("[.,]$", "").replaceAll("\\.(?=\\s)", "");
    clean = clean.replaceAll("\\s+", " ");
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(clean, format).toString();
      } catch (DateTimeParseException e) {
        // try the next way of writing dates
      }
    }
    return "";
  }

  /** What the cleaning report says of this byline: the authors and date it kept. */
  String reason() {
    return "byline (kept as metadata: "
        + (authors.size() == 1 ? "author " : "authors ")
        + String.join(", ", authors)
        + (date.isEmpty() ? "" : "; date " + date)
        + ")";
  }
}
