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
      if (!sentences.isEmpty() && endsWithAbbreviation(text, sentences.get(sentences.size() - 1))) {
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

  private static boolean endsWithAbbreviation(String text, Span sentence) {
    int wordStart = sentence.end();
    while (wordStart > sentence.start() && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, sentence.end());
    while (!word.isEmpty() && "(“\"'‘".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    return ABBREVIATIONS.contains(word) || INITIALS.matcher(word).matches();
  }
}
