package org.parallax.align;

/**
 * The key under which a lower-case word is compared, so that a name written in Azerbaijani Latin
 * letters meets its usual English spelling: "yevlax" and "yevlakh", "ağdam" and "aghdam", "şuşa"
 * and "shusha", "füzuli" and "fuzuli" share a key. Azerbaijani letters are spelled as English
 * sources spell them (ə→a, ı→i, ö→o, ü→u, ç→ch, ş→sh, ğ→gh, x→kh); in a word that has one of the
 * letters only Azerbaijani uses, c and q are read as Azerbaijani too (c→j, q→g: "cəbrayıl" and
 * "jabrayil"). English words keep their spelling, except that an x is read as kh; both sides of a
 * comparison are keyed alike, so that is harmless. Vowels that English spellings render in several
 * ways ("Xankəndi", "Khankendi") are not guessed: those belong in the equivalence lexicon.
 */
public final class SpellingKey {
  private SpellingKey() {}

  /** Letters that only Azerbaijani uses among the words of an English text. */
  private static final String AZERBAIJANI_ONLY = "əığşçöü";

  /** The key of {@code lower}, a word already in lower case. */
  public static String of(String lower) {
    if (!needsFolding(lower)) {
      return lower;
    }
    boolean azerbaijani = hasAzerbaijaniLetter(lower);
    StringBuilder key = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ə' -> key.append('a');
        case 'ı' -> key.append('i');
        case 'ö' -> key.append('o');
        case 'ü' -> key.append('u');
        case 'ç' -> key.append("ch");
        case 'ş' -> key.append("sh");
        case 'ğ' -> key.append("gh");
        case 'x' -> key.append("kh");
        case 'c' -> key.append(azerbaijani ? 'j' : 'c');
        case 'q' -> key.append(azerbaijani ? 'g' : 'q');
        case '\u0307' -> {
          // the dot that lower-casing "İ" leaves after the i
        }
        default -> key.append(c);
      }
    }
    return key.toString();
  }

  private static boolean needsFolding(String lower) {
    return lower.indexOf('x') >= 0 || lower.indexOf('\u0307') >= 0 || hasAzerbaijaniLetter(lower);
  }

  private static boolean hasAzerbaijaniLetter(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (AZERBAIJANI_ONLY.indexOf(lower.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
