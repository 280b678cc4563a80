package org.parallax.segment;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;

/**
 * How many words and sentences a document's body has, for the status bar. Words are ICU word
 * segments that contain a letter or digit; sentences are ICU sentence segments of paragraph blocks.
 *
 * @param words number of words in the whole text
 * @param sentences number of sentences in paragraph blocks
 */
public record TextCounts(int words, int sentences) {

  /** Counts the words and sentences of {@code document}. */
  public static TextCounts of(Document document) {
    String text = document.text();
    return new TextCounts(countWords(text), countSentences(document));
  }

  private static int countWords(String text) {
    BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
    words.setText(text);
    int count = 0;
    for (int end = words.next(), start = 0;
        end != BreakIterator.DONE;
        start = end, end = words.next()) {
      if (hasLetterOrDigit(text, start, end)) {
        count++;
      }
    }
    return count;
  }

  private static int countSentences(Document document) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    int count = 0;
    for (Block block : document.blocks()) {
      if (block.kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      String paragraph = document.slice(block.start(), block.end());
      sentences.setText(paragraph);
      for (int end = sentences.next(), start = 0;
          end != BreakIterator.DONE;
          start = end, end = sentences.next()) {
        if (hasLetterOrDigit(paragraph, start, end)) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
