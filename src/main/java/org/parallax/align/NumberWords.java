package org.parallax.align;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the numbers of a text whether written in digits or words, so that "£14 million" and
 * "fourteen million pounds" or "19-metre" and "nineteen metres" share a number. Values are keyed as
 * plain decimals ("14000000", "19"); "one" is left out because it is mostly a pronoun.
 */
final class NumberWords {
  private static final Map<String, Long> UNITS = new LinkedHashMap<>();
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  static {
    String[] small = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 2; i < small.length; i++) {
      UNITS.put(small[i], (long) i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      UNITS.put(tens[i], 20L + 10L * i);
    }
  }

  private NumberWords() {}

  /** The numbers of {@code text} (dates already blanked out), keyed by value, with surfaces. */
  static Map<String, String> find(String text) {
    Map<String, String> numbers = new LinkedHashMap<>();
    List<Words.Word> words = Words.of(text);
    int consumed = 0;
    for (int i = 0; i < words.size(); i++) {
      Words.Word first = words.get(i);
      if (first.start() < consumed) {
        continue;
      }
      consumed = digitsEnd(text, first);
      BigDecimal value = digits(first.lower(), text, first);
      if (value == null && UNITS.containsKey(first.lower())) {
        value = BigDecimal.valueOf(UNITS.get(first.lower()));
      }
      if (value == null) {
        continue;
      }
      int last = i;
      while (last + 1 < words.size() && joined(text, words.get(last), words.get(last + 1))) {
        String next = words.get(last + 1).lower();
        if (SCALES.containsKey(next)) {
          value = value.multiply(BigDecimal.valueOf(SCALES.get(next)));
        } else if (UNITS.containsKey(next) && UNITS.get(next) < 10 && value.longValue() % 10 == 0) {
          value = value.add(BigDecimal.valueOf(UNITS.get(next)));
        } else {
          break;
        }
        last++;
      }
      String surface = text.substring(first.start(), words.get(last).end());
      numbers.putIfAbsent(value.stripTrailingZeros().toPlainString(), surface);
      i = last;
    }
    return numbers;
  }

  /** The value of a word made of digits (with the separators around it), or null. */
  private static BigDecimal digits(String lower, String text, Words.Word word) {
    if (!Character.isDigit(lower.charAt(0))) {
      return null;
    }
    int end = digitsEnd(text, word);
    String number = text.substring(word.start(), end).replace(",", "");
    try {
      return new BigDecimal(number.replaceAll("[^0-9.]", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Where a run of digits with inner separators ("150,000", "2.5") that starts at word ends. */
  private static int digitsEnd(String text, Words.Word word) {
    int end = word.end();
    while (end + 1 < text.length()
        && (text.charAt(end) == ',' || text.charAt(end) == '.')
        && Character.isDigit(text.charAt(end + 1))) {
      end++;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
    }
    return end;
  }

  /** Whether two words are separated by a space or hyphen only ("twenty-two", "14 million"). */
  private static boolean joined(String text, Words.Word a, Words.Word b) {
    String gap = text.substring(a.end(), b.start());
    return gap.equals(" ") || gap.equals("-");
  }
}
