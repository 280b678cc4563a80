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
      Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

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
    for (int i = 0; i < words.size(); i++) {
      Words.Word first = words.get(i);
      BigDecimal start = digits(first.lower(), text, first);
      if (start == null && UNITS.containsKey(first.lower())) {
        start = BigDecimal.valueOf(UNITS.get(first.lower()));
      }
      if (start == null) {
        continue;
      }
      boolean inDigits = Character.isDigit(first.lower().charAt(0));
      int end = inDigits ? digitsEnd(text, first) : first.end();
      int last = i;
      // Words inside "2.5" or "150,000" are part of the first number.
      while (last + 1 < words.size() && words.get(last + 1).start() < end) {
        last++;
      }
      Reading reading = new Reading(start, !inDigits);
      while (last + 1 < words.size() && joined(text, words.get(last), words.get(last + 1))) {
        int taken = reading.take(words, last + 1, text);
        if (taken == 0) {
          break;
        }
        last += taken;
      }
      end = Math.max(end, words.get(last).end());
      numbers.putIfAbsent(
          reading.value().stripTrailingZeros().toPlainString(), text.substring(first.start(), end));
      i = last;
    }
    return numbers;
  }

  /**
   * A number read word by word: "three hundred and forty thousand" is (3 × 100 + 40) × 1,000, "two
   * million three hundred" is 2,000,000 + 300.
   */
  private static final class Reading {
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal current;

    /** Whether units may be added: "twenty two", but not "300 two" (two numbers side by side). */
    private final boolean inWords;

    Reading(BigDecimal first, boolean inWords) {
      current = first;
      this.inWords = inWords;
    }

    /** How many words from {@code at} continue the number (0 when none do). */
    int take(List<Words.Word> words, int at, String text) {
      String next = words.get(at).lower();
      if (next.equals("hundred")) {
        current = current.multiply(BigDecimal.valueOf(100));
        return 1;
      }
      if (SCALES.containsKey(next)) {
        total = total.add(current.multiply(BigDecimal.valueOf(SCALES.get(next))));
        current = BigDecimal.ZERO;
        return 1;
      }
      if (UNITS.containsKey(next) && fits(UNITS.get(next))) {
        current = current.add(BigDecimal.valueOf(UNITS.get(next)));
        return 1;
      }
      // "three hundred and forty"
      if (next.equals("and")
          && current.signum() > 0
          && at + 1 < words.size()
          && joined(text, words.get(at), words.get(at + 1))
          && UNITS.containsKey(words.get(at + 1).lower())
          && fits(UNITS.get(words.get(at + 1).lower()))
          && isWhole(current, 100)) {
        current = current.add(BigDecimal.valueOf(UNITS.get(words.get(at + 1).lower())));
        return 2;
      }
      return 0;
    }

    /**
     * Whether {@code unit} can be added to what is read so far ("twenty" + "two", not "two two").
     */
    private boolean fits(long unit) {
      if (!inWords) {
        return false;
      }
      return unit < 10 ? isWhole(current, 10) : isWhole(current, 100);
    }

    private static boolean isWhole(BigDecimal value, long of) {
      return value.remainder(BigDecimal.valueOf(of)).signum() == 0;
    }

    BigDecimal value() {
      return total.add(current);
    }
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
