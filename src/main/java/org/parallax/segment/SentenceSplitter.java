package org.parallax.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds English sentences with ICU's sentence break rules, then rejoins the breaks ICU makes after
 * titles, month abbreviations and initials ("Dr. Aliyev", "Sept. 19", "J. R. Smith", "U.S.
 * Congress"), which it cannot tell from sentence ends. Thread-safe: each call clones the iterator.
 */
public final class SentenceSplitter {

  /** Words that end in a period but almost never end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.",
          "Amb.", "Gov.", "Sen.", "Rep.", "Pres.", "Min.", "Jr.", "Sr.", "Jan.", "Feb.", "Mar.",
          "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Nos.",
          "vs.", "approx.", "cf.", "e.g.", "i.e.", "U.N.", "E.U.", "U.K.", "U.S.", "U.S.A.");

  /** Abbreviations of places that may also end a sentence ("He grew up in the U.S."). */
  private static final Set<String> PLACES = Set.of("U.N.", "E.U.", "U.K.", "U.S.", "U.S.A.");

  /** Words that start a new sentence rather than continue a name ("U.S. Congress"). */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
          "The", "This", "That", "These", "Those", "A", "An", "But", "And", "Yet", "So", "In", "On",
          "At", "There", "Then", "When", "After", "Before", "Since", "Now", "Today");

  /** An initial ("J.") or a dotted acronym ("U.S.", "N.A.T.O."), excluding "a.m."/"p.m.". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

  private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

  /** The sentences of {@code text[start, end)}, trimmed of surrounding whitespace, in order. */
  List<Span> sentences(String text, int start, int end) {
    BreakIterator iterator = (BreakIterator) prototype.clone();
    iterator.setText(text.substring(start, end));
    List<Span> sentences = new ArrayList<>();
    int from = iterator.first();
    for (int to = iterator.next(); to != BreakIterator.DONE; to = iterator.next()) {
      Span sentence = new Span(start + from, start + to).trimmed(text);
      if (sentence.isEmpty()) {
        continue;
      }
      if (!sentences.isEmpty()
          && (endsWithAbbreviation(text, sentences.get(sentences.size() - 1), sentence)
              || continuesAQuote(text, sentences.get(sentences.size() - 1), sentence))) {
        Span previous = sentences.remove(sentences.size() - 1);
        sentence = new Span(previous.start(), sentence.end());
      }
      sentences.add(sentence);
      from = to;
    }
    return sentences;
  }

  /** The sentences of the whole of {@code text}. */
  public List<String> split(String text) {
    return sentences(text, 0, text.length()).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  /**
   * Whether {@code next} goes on a sentence whose quoted question or exclamation ended {@code
   * previous}: "“Why now?” asked the general." is one sentence.
   */
  private static boolean continuesAQuote(String text, Span previous, Span next) {
    int end = previous.end();
    while (end > previous.start() && "”\"’'»".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean quoted = end < previous.end();
    return quoted
        && end > previous.start()
        && "?!".indexOf(text.charAt(end - 1)) >= 0
        && Character.isLowerCase(text.codePointAt(next.start()));
  }

  private static boolean endsWithAbbreviation(String text, Span sentence, Span next) {
    int wordStart = sentence.end();
    while (wordStart > sentence.start() && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, sentence.end());
    while (!word.isEmpty() && "(“\"'‘".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    if (PLACES.contains(word) && SENTENCE_OPENERS.contains(firstWord(text, next))) {
      return false; // "… in the U.S. His sister …": the place ended the sentence
    }
    return ABBREVIATIONS.contains(word) || INITIALS.matcher(word).matches();
  }

  private static String firstWord(String text, Span span) {
    int end = span.start();
    while (end < span.end() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(span.start(), end);
  }
}
