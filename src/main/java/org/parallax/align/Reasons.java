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
 * "contested terms: reintegration / exodus"}, {@code "meaning similarity 0.71"}. Items are kept
 * once each (ignoring case), in the order found. Not thread-safe; one instance per link.
 */
final class Reasons {
  private static final int MAX_SHARED = 6;

  private final Set<String> events = new LinkedHashSet<>();
  private final List<String> shared = new ArrayList<>();
  private final Map<String, String> equivalents = new LinkedHashMap<>(); // by lower case
  private final Map<String, String> contested = new LinkedHashMap<>(); // by lower case
  private double meaning = Double.NaN;

  void sameEvent(String date) {
    events.add(date);
  }

  void shared(String what) {
    if (keepsCase(what)) {
      return;
    }
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

  /**
   * The same word in other case: a capitalised form ("Azerbaijan", from the names) wins over a
   * lower-case one (from the words), which a sentence start may have made.
   */
  private boolean keepsCase(String what) {
    String lower = what.toLowerCase(Locale.ROOT);
    for (int i = 0; i < shared.size(); i++) {
      if (shared.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
        if (!shared.get(i).equals(what) && shared.get(i).equals(lower)) {
          shared.set(i, what);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Two names of one referent. Names of places and people ("Khankendi = Stepanakert") are
   * equivalent; common words each side prefers for the same thing ("reintegration", "exodus") are
   * contested terms, and the reason says so rather than calling them the same.
   */
  void equivalent(String a, String b) {
    if (Character.isLowerCase(a.codePointAt(0)) && Character.isLowerCase(b.codePointAt(0))) {
      String pair = a + " / " + b;
      contested.putIfAbsent(pair.toLowerCase(Locale.ROOT), pair);
      return;
    }
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
    other.contested.forEach(contested::putIfAbsent);
    if (!Double.isNaN(other.meaning)) {
      meaning(other.meaning);
    }
  }

  /**
   * Shared items, less those an equivalence or contested pair already names ("Karabakh =
   * Nagorno-Karabakh", "checkpoint / blockade").
   */
  private List<String> withoutEquivalentNames() {
    Set<String> named = new java.util.HashSet<>();
    List<String> pairs = new ArrayList<>(equivalents.values());
    pairs.addAll(contested.values());
    for (String pair : pairs) {
      for (String name : pair.split(" = | / ")) {
        named.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return shared.stream().filter(s -> !named.contains(s.toLowerCase(Locale.ROOT))).toList();
  }

  /** The reasons as sentences for {@link org.parallax.model.Link#reasons()}. */
  List<String> toList() {
    List<String> out = new ArrayList<>();
    if (!events.isEmpty()) {
      out.add("same event: " + String.join(", ", events));
    }
    List<String> plainlyShared = withoutEquivalentNames();
    if (!plainlyShared.isEmpty()) {
      out.add(
          "shared: "
              + String.join(
                  ", ", plainlyShared.subList(0, Math.min(MAX_SHARED, plainlyShared.size()))));
    }
    if (!equivalents.isEmpty()) {
      out.add("equivalent: " + String.join(", ", equivalents.values()));
    }
    if (!contested.isEmpty()) {
      out.add("contested terms: " + String.join(", ", contested.values()));
    }
    if (!Double.isNaN(meaning)) {
      out.add(String.format(Locale.ROOT, "meaning similarity %.2f", meaning));
    }
    return out;
  }
}
