package org.parallax.align;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shares a text gives, whether as a fraction in words or a percentage: "a third", "two thirds",
 * "half", "33%", "40 per cent". A share and a count are not the same kind of figure ("two thirds of
 * the parents" / "31 families"), and "a third" is "33%" give or take a point, so the relation rules
 * compare shares with shares only ({@link DifferingFigures}, {@link SharedFigure}).
 */
final class Proportions {
  /** Two shares this close are taken to be the same ("a third" and "33 per cent"). */
  static final double SAME = 0.02;

  private static final Map<String, Integer> PARTS = new LinkedHashMap<>();

  static {
    String[][] names = {
      {"half", "halves"},
      {"third", "thirds"},
      {"quarter", "quarters"},
      {"fifth", "fifths"},
      {"sixth", "sixths"},
      {"seventh", "sevenths"},
      {"eighth", "eighths"},
      {"ninth", "ninths"},
      {"tenth", "tenths"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        PARTS.put(name, i + 2);
      }
    }
  }

  /**
   * One share of a text.
   *
   * @param value the share in [0, 1] and beyond ("150%" is 1.5)
   * @param surface how the text writes it, in lower case ("two thirds", "33%")
   * @param number the key of the figure it is read from ("2" for "two thirds", "33" for "33%"), as
   *     {@link NumberWords} keys it, or empty for "a third" and "half"
   */
  record Share(double value, String surface, String number) {}

  private Proportions() {}

  /** The shares of {@code text}, in text order. */
  static List<Share> find(String text) {
    List<Words.Word> words = Words.of(text);
    List<Share> out = new java.util.ArrayList<>();
    int read = 0;
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      if (w.start() < read) {
        continue; // inside "33.5"
      }
      Integer part = PARTS.get(w.lower());
      String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
      if (part != null && (next.equals("past") || next.equals("to"))) {
        continue; // "a quarter past eight" is a time of day
      }
      if (part != null) {
        Words.Word before = i > 0 ? words.get(i - 1) : null;
        BigDecimal count = before == null ? null : count(before.lower());
        if (count != null) {
          out.add(
              new Share(
                  count.doubleValue() / part,
                  before.lower() + " " + w.lower(),
                  key(before.lower(), count)));
        } else if (part == 2 && w.lower().equals("half")) {
          out.add(new Share(0.5, "half", ""));
        }
        continue;
      }
      if (!Character.isDigit(w.lower().charAt(0))) {
        continue;
      }
      BigDecimal n = decimal(text, w);
      if (n == null) {
        continue;
      }
      read = w.start() + number(text, w).length();
      String after = text.substring(read).toLowerCase(Locale.ROOT);
      if (after.startsWith("%") || after.startsWith(" %")) {
        out.add(new Share(n.doubleValue() / 100, number(text, w) + "%", plain(n)));
      } else if (after.startsWith(" per cent") || after.startsWith(" percent")) {
        out.add(
            new Share(
                n.doubleValue() / 100,
                number(text, w) + (after.startsWith(" per cent") ? " per cent" : " percent"),
                plain(n)));
      }
    }
    return out;
  }

  /** Whether two shares are the same, give or take {@link #SAME}. */
  static boolean same(Share x, Share y) {
    return Math.abs(x.value() - y.value()) <= SAME;
  }

  /** "a", "an", "one" and number words or digits before a part ("two thirds"), or null. */
  private static BigDecimal count(String word) {
    if (word.equals("a") || word.equals("an") || word.equals("one")) {
      return BigDecimal.ONE;
    }
    Map<String, String> n = NumberWords.find(word);
    return n.size() == 1 ? new BigDecimal(n.keySet().iterator().next()) : null;
  }

  private static String key(String word, BigDecimal count) {
    return word.equals("a") || word.equals("an") || word.equals("one") ? "" : plain(count);
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  /** The digits of the number that starts at {@code w}, with inner separators ("33.5"). */
  private static String number(String text, Words.Word w) {
    int end = w.end();
    while (end + 1 < text.length()
        && (text.charAt(end) == '.' || text.charAt(end) == ',')
        && Character.isDigit(text.charAt(end + 1))) {
      end++;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
    }
    return text.substring(w.start(), end);
  }

  private static BigDecimal decimal(String text, Words.Word w) {
    try {
      return new BigDecimal(number(text, w).replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
