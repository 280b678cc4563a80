package org.parallax.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Small checks on saved values that fail with a sentence naming the JSON pointer. */
final class Check {
  private Check() {}

  static StoreException at(String pointer, String problem) {
    return new StoreException(problem + " (at " + pointer + ").");
  }

  static <T> T present(T value, String pointer, String what) throws StoreException {
    if (value == null) {
      throw at(pointer, "The file is missing " + what);
    }
    return value;
  }

  static String id(String value, String pointer, String what) throws StoreException {
    if (value == null || value.isBlank()) {
      throw at(pointer, "A " + what + " has no id");
    }
    return value;
  }

  static String text(String value) {
    return value == null ? "" : value;
  }

  static <T> List<T> list(List<T> value, String pointer, String what) throws StoreException {
    List<T> items = present(value, pointer, what);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw at(pointer + "/" + i, "An entry of " + what + " is empty (null)");
      }
    }
    return items;
  }

  static <T> List<T> optionalList(List<T> value, String pointer, String what)
      throws StoreException {
    return value == null ? List.of() : list(value, pointer, what);
  }

  static Instant time(String value, String pointer) throws StoreException {
    if (value == null) {
      return null;
    }
    Instant time = Times.parse(value);
    if (time == null) {
      throw at(pointer, "\"" + shorten(value) + "\" is not a time like 2026-11-25T09:30:00Z");
    }
    return time;
  }

  static <E extends Enum<E>> E choice(
      String value, Class<E> type, E fallback, String pointer, String what) throws StoreException {
    if (value == null) {
      if (fallback == null) {
        throw at(pointer, "The file is missing " + what);
      }
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(lower(constant));
    }
    throw at(pointer, "\"" + shorten(value) + "\" is not a valid " + what + " (" + allowed + ")");
  }

  static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
