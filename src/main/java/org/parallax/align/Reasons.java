package org.parallax.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects why claims were linked and words it for a reader: {@code "same event: 19 September"},
 * {@code "shared: Lachin road, checkpoint"}, {@code "equivalent: Khankendi = Stepanakert"}, {@code
 * "meaning similarity 0.71"}. Items are kept once each (ignoring case), in the order found. Not
 * thread-safe; one instance per link.
 */
final class Reasons {
  private static final int MAX_SHARED = 6;

  private final Set<String> events = new LinkedHashSet<>();
  private final List<String> shared = new ArrayList<>();
  private final Map<String, String> equivalents = new LinkedHashMap<>(); // by lower case
  private double meaning = Double.NaN;

  void sameEvent(String date) {
    events.add(date);
  }

  void shared(String what) {
    String lower = what.toLowerCase(Locale.ROOT);
    for (String s : shared) {
      String known = s.toLowerCase(Locale.ROOT);
      if (known.equals(lower) || known.contains(lower)) {
        return;
      }
    }
    shared.removeIf(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
    shared.add(what);
  }

  void equivalent(String a, String b) {
    String pair = a + " = " + b;
    equivalents.putIfAbsent(pair.toLowerCase(Locale.ROOT), pair);
  }

  void meaning(double similarity) {
    meaning = Double.isNaN(meaning) ? similarity : Math.max(meaning, similarity);
  }

  /** Adds everything {@code other} holds, as when several pairs form one link. */
  void absorb(Reasons other) {
    other.events.forEach(this::sameEvent);
    other.shared.forEach(this::shared);
    other.equivalents.forEach(equivalents::putIfAbsent);
    if (!Double.isNaN(other.meaning)) {
      meaning(other.meaning);
    }
  }

  /** The reasons as sentences for {@link org.parallax.model.Link#reasons()}. */
  List<String> toList() {
    List<String> out = new ArrayList<>();
    if (!events.isEmpty()) {
      out.add("same event: " + String.join(", ", events));
    }
    if (!shared.isEmpty()) {
      out.add(
          "shared: " + String.join(", ", shared.subList(0, Math.min(MAX_SHARED, shared.size()))));
    }
    if (!equivalents.isEmpty()) {
      out.add("equivalent: " + String.join(", ", equivalents.values()));
    }
    if (!Double.isNaN(meaning)) {
      out.add(String.format(Locale.ROOT, "meaning similarity %.2f", meaning));
    }
    return out;
  }
}
