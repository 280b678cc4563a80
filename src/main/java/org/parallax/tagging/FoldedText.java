package org.parallax.tagging;

/**
 * A text with every character case-folded on its own ({@code toLowerCase(toUpperCase(c))}), the
 * comparison {@link String#regionMatches(boolean, int, String, int, int)} makes, so a plain {@link
 * String#indexOf(String, int)} on the folded text finds what a case-insensitive search would, at
 * the same offsets. The folded copy of the last few texts is kept: an essay's text does not change
 * while it is being tagged, and folding a book-length essay takes a few milliseconds.
 */
final class FoldedText {
  private static final int SLOTS = 4;
  private static final String[] originals = new String[SLOTS];
  private static final String[] folded = new String[SLOTS];
  private static int next;

  private FoldedText() {}

  /** {@code text} folded; the same instance for the same text while it is among the last few. */
  static synchronized String of(String text) {
    for (int i = 0; i < SLOTS; i++) {
      if (originals[i] == text) {
        return folded[i];
      }
    }
    String result = fold(text);
    originals[next] = text;
    folded[next] = result;
    next = (next + 1) % SLOTS;
    return result;
  }

  /** Folds each character of {@code s}; the result has the same length. */
  static String fold(String s) {
    char[] chars = new char[s.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(chars);
  }
}
