package org.parallax.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of word beginnings ("increas", "saf") that tells quickly whether a word begins with one of
 * them: the beginnings are grouped by their first character, so a word is compared only with those
 * that start as it does. For rules that read only the words beginning in a certain way ({@link
 * RelationEvidence#wordsStartingWith}).
 */
final class WordBeginnings {
  private static final int ASCII = 128;

  @SuppressWarnings("unchecked")
  private final List<String>[] byFirst = new List[ASCII];

  private final List<String> others = new ArrayList<>();
  private final boolean empty;

  private WordBeginnings(Collection<String> beginnings) {
    for (String b : beginnings) {
      if (b.isEmpty()) {
        throw new IllegalArgumentException("an empty beginning would match every word");
      }
      char first = b.charAt(0);
      if (first < ASCII) {
        if (byFirst[first] == null) {
          byFirst[first] = new ArrayList<>();
        }
        if (!byFirst[first].contains(b)) {
          byFirst[first].add(b);
        }
      } else if (!others.contains(b)) {
        others.add(b);
      }
    }
    empty = beginnings.isEmpty();
  }

  /** The beginnings {@code beginnings}, none of them empty. */
  static WordBeginnings of(Collection<String> beginnings) {
    return new WordBeginnings(beginnings);
  }

  /** Whether {@code word} begins with one of the beginnings. */
  boolean begins(String word) {
    if (empty || word.isEmpty()) {
      return false;
    }
    char first = word.charAt(0);
    List<String> candidates = first < ASCII ? byFirst[first] : others;
    if (candidates == null) {
      return false;
    }
    for (String b : candidates) {
      if (word.startsWith(b)) {
        return true;
      }
    }
    return false;
  }
}
