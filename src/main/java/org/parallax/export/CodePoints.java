package org.parallax.export;

/**
 * Converts offsets in a text from UTF-16 code units (as the model counts) to Unicode code points
 * (as Web Annotation selectors count). For texts without characters outside the Basic Multilingual
 * Plane, the usual case, both are the same and nothing is stored.
 */
final class CodePoints {
  private final int[] before;

  private CodePoints(int[] before) {
    this.before = before;
  }

  static CodePoints of(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      return new CodePoints(null);
    }
    int[] before = new int[text.length() + 1];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      before[i] = count;
      if (!(Character.isLowSurrogate(text.charAt(i))
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        count++;
      }
    }
    before[text.length()] = count;
    return new CodePoints(before);
  }

  /** The code point offset of UTF-16 offset {@code index}. */
  int at(int index) {
    return before == null ? index : before[index];
  }
}
