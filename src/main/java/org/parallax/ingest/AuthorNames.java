package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Author names as bylines write them: splits lists ("A, B and C") and turns the catalogue style
 * "HAJIZADA Samir" (surname in capitals first) into the reading order "Samir Hajizada".
 */
final class AuthorNames {

  private AuthorNames() {}

  /** Splits a byline's author list into names in reading order. */
  static List<String> parseList(String byline) {
    List<String> names = new ArrayList<>();
    String list = byline.strip().replaceFirst("(?i)^by\\s+", "");
    for (String part : list.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
      String name = readingOrder(part.strip());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * "HAJIZADA Samir" becomes "Samir Hajizada", "ANI PETROSYAN" becomes "Ani Petrosyan"; other names
   * are returned unchanged.
   */
  static String readingOrder(String name) {
    String[] words = name.split("\\s+");
    if (words.length >= 2 && java.util.Arrays.stream(words).allMatch(AuthorNames::isCapitals)) {
      return String.join(" ", java.util.Arrays.stream(words).map(AuthorNames::titleCase).toList());
    }
    if (words.length < 2 || !isCapitals(words[0]) || isCapitals(words[words.length - 1])) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < words.length; i++) {
      out.append(words[i]).append(' ');
    }
    return out.append(titleCase(words[0])).toString();
  }

  /** The last word of a name, which bios and bylines use on its own. */
  static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  /** A surname in capitals: two or more letters, all upper case, and no initial's full stop. */
  private static boolean isCapitals(String word) {
    return word.codePoints().filter(Character::isLetter).count() > 1
        && word.indexOf('.') < 0
        && word.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
  }

  private static String titleCase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean start = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '\'' || c == '’';
    }
    return out.toString();
  }
}
