package org.parallax.align.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

/**
 * A test-only segmenter: one claim per sentence of each paragraph, where a sentence ends at {@code
 * .}, {@code !} or {@code ?} (optionally followed by a closing quote) that is followed by white
 * space and a capital letter or an opening quote. Headings hold no claims. The gold essays are
 * written so that this rule splits them correctly; the real segmenter is scored separately.
 */
public final class SimpleSentenceSplitter {

  private static final Pattern BOUNDARY =
      Pattern.compile("[.!?][\"'\u201d]?(?=\\s+[\"\u201c\\p{Lu}])");

  private SimpleSentenceSplitter() {}

  /** The sentences of {@code document}'s paragraphs as claims {@code A1, A2, …} (or B…). */
  public static List<Claim> split(Document document, Side side) {
    List<Claim> claims = new ArrayList<>();
    for (Block block : document.blocks()) {
      if (block.kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      String text = document.slice(block.start(), block.end());
      Matcher matcher = BOUNDARY.matcher(text);
      int sentenceStart = 0;
      while (matcher.find()) {
        add(claims, side, block.start() + sentenceStart, block.start() + matcher.end());
        sentenceStart = skipSpace(text, matcher.end());
      }
      add(claims, side, block.start() + sentenceStart, block.end());
    }
    return List.copyOf(claims);
  }

  private static void add(List<Claim> claims, Side side, int start, int end) {
    if (end > start) {
      claims.add(new Claim(side.name() + (claims.size() + 1), side, start, end));
    }
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
