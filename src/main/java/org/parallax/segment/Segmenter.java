package org.parallax.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

/**
 * Splits a document into claims: sentences of its paragraph blocks, cut into clauses where a
 * sentence clearly asserts two things; a run without sentence ends is cut into pieces of at most
 * 2,000 characters first. Headings and editorial notes hold no claims unless asked for. Claim ids
 * are {@code A1, A2, …} (or {@code B…}) in text order, so the same text always gives the same ids.
 * Thread-safe.
 */
public final class Segmenter {

  private final Set<BlockKind> kinds;
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final ClauseSplitter clauses = new ClauseSplitter();
  private final LongRunSplitter longRuns = new LongRunSplitter();

  /** A segmenter that finds claims in paragraphs only. */
  public Segmenter() {
    this(EnumSet.of(BlockKind.PARAGRAPH));
  }

  /**
   * A segmenter that finds claims in blocks of the given kinds.
   *
   * @param kinds which blocks hold claims, for example paragraphs and headings
   */
  public Segmenter(Set<BlockKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one kind of block must hold claims");
    }
    this.kinds = EnumSet.copyOf(kinds);
  }

  /** The claims of {@code doc}, numbered for {@code side}, in text order. */
  public List<Claim> segment(Document doc, Side side) {
    List<Claim> claims = new ArrayList<>();
    String text = doc.text();
    for (Span block : blocks(doc)) {
      for (Span sentence : sentences.sentences(text, block.start(), block.end())) {
        for (Span piece : longRuns.pieces(text, sentence)) {
          for (Span clause : clauses.clauses(text, piece)) {
            Span span = clause.trimmed(text);
            if (!span.isEmpty() && hasLetterOrDigit(text, span)) {
              claims.add(
                  new Claim(side.name() + (claims.size() + 1), side, span.start(), span.end()));
            }
          }
        }
      }
    }
    return List.copyOf(claims);
  }

  /** The blocks to segment; a document without blocks is one paragraph. */
  private List<Span> blocks(Document doc) {
    if (doc.blocks().isEmpty()) {
      return List.of(new Span(0, doc.text().length()));
    }
    List<Span> spans = new ArrayList<>();
    for (Block block : doc.blocks()) {
      if (kinds.contains(block.kind())) {
        spans.add(new Span(block.start(), block.end()));
      }
    }
    return spans;
  }

  private static boolean hasLetterOrDigit(String text, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
