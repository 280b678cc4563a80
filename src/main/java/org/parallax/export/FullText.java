package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;

/**
 * One essay's full text as HTML, paragraph by paragraph, with every claim marked (its id before it,
 * an anchor {@code claim-ID} the rows link to, underlined in its relation's colour and pattern when
 * a shown row holds it) and the framing terms marked inside. Claims of one side never overlap;
 * where two terms overlap, the later one is marked from where the earlier one ends.
 */
final class FullText {
  private FullText() {}

  /**
   * Writes {@code side}'s text. With {@code relations} false (the worksheet) claims are marked
   * without their relation's colour and terms without their frame.
   */
  static void write(Handout handout, Side side, boolean relations, Writer out) throws IOException {
    Document doc = handout.comparison().document(side);
    String text = doc.text();
    List<Claim> claims = handout.comparison().claims(side);
    List<TermTag> terms = handout.terms().stream().filter(t -> t.side() == side).toList();
    Map<String, TagKind> relationOf = relations ? relationOfClaims(handout) : Map.of();
    Set<String> inRow = new HashSet<>();
    handout.rows().forEach(r -> r.claims(side).forEach(c -> inRow.add(c.id())));
    StringBuilder html = new StringBuilder(1 << 12);
    int ci = 0;
    int ti = 0;
    for (Block block : blocks(doc)) {
      boolean heading = block.kind() == BlockKind.HEADING;
      html.append(heading ? "<div class=\"heading\" dir=\"auto\">" : "<p dir=\"auto\">");
      while (ci < claims.size() && claims.get(ci).end() <= block.start()) {
        ci++;
      }
      while (ti < terms.size() && terms.get(ti).end() <= block.start()) {
        ti++;
      }
      int[] cuts = cuts(block, claims, ci, terms, ti);
      Claim openClaim = null;
      TermTag openTerm = null;
      for (int k = 0; k + 1 < cuts.length; k++) {
        int from = cuts[k];
        while (ci < claims.size() && claims.get(ci).end() <= from) {
          ci++;
        }
        while (ti < terms.size() && terms.get(ti).end() <= from) {
          ti++;
        }
        Claim claim = ci < claims.size() && claims.get(ci).start() <= from ? claims.get(ci) : null;
        TermTag term = ti < terms.size() && terms.get(ti).start() <= from ? terms.get(ti) : null;
        if (claim != openClaim || term != openTerm) {
          if (openTerm != null) {
            html.append("</span>");
          }
          if (claim != openClaim) {
            if (openClaim != null) {
              html.append("</span>");
            }
            if (claim != null) {
              openClaim(claim, from, relationOf.get(claim.id()), inRow.contains(claim.id()), html);
            }
          }
          if (term != null) {
            openTerm(handout, term, relations, html);
          }
          openClaim = claim;
          openTerm = term;
        }
        Html.escape(text, from, cuts[k + 1], html);
      }
      if (openTerm != null) {
        html.append("</span>");
      }
      if (openClaim != null) {
        html.append("</span>");
      }
      html.append(heading ? "</div>\n" : "</p>\n");
      out.append(html);
      html.setLength(0);
    }
  }

  /** The block's ends and every start and end of a claim or term inside it, sorted, each once. */
  private static int[] cuts(Block block, List<Claim> claims, int ci, List<TermTag> terms, int ti) {
    int[] cuts = new int[16];
    int n = 0;
    cuts[n++] = block.start();
    cuts[n++] = block.end();
    for (int i = ci; i < claims.size() && claims.get(i).start() < block.end(); i++) {
      if (n + 2 > cuts.length) {
        cuts = Arrays.copyOf(cuts, cuts.length * 2);
      }
      n = cut(cuts, n, block, claims.get(i).start(), claims.get(i).end());
    }
    for (int i = ti; i < terms.size() && terms.get(i).start() < block.end(); i++) {
      if (n + 2 > cuts.length) {
        cuts = Arrays.copyOf(cuts, cuts.length * 2);
      }
      n = cut(cuts, n, block, terms.get(i).start(), terms.get(i).end());
    }
    int[] sorted = Arrays.copyOf(cuts, n);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  private static int cut(int[] cuts, int n, Block block, int start, int end) {
    if (start > block.start() && start < block.end()) {
      cuts[n++] = start;
    }
    if (end > block.start() && end < block.end()) {
      cuts[n++] = end;
    }
    return n;
  }

  private static void openClaim(
      Claim claim, int at, TagKind relation, boolean inRow, StringBuilder html) {
    html.append("<span class=\"claim").append(inRow ? "" : " unlinked").append('"');
    if (relation != null) {
      html.append(" style=\"border-bottom:")
          .append(relation.id().equals("contradict") ? "4px " : "2px ")
          .append(RelationLook.border(relation.id()))
          .append(' ')
          .append(Html.colour(relation.colour()))
          .append('"');
    }
    if (at == claim.start()) {
      String id = Html.escape(claim.id());
      html.append(" id=\"claim-").append(id).append("\"><sup>").append(id).append("</sup>");
    } else {
      html.append('>');
    }
  }

  private static void openTerm(Handout handout, TermTag term, boolean frames, StringBuilder html) {
    html.append("<span class=\"term\"");
    if (frames) {
      html.append(" title=\"").append(Html.escape(handout.frame(term.frame()).label())).append('"');
    }
    html.append('>');
  }

  /** The relation of the first shown row holding each claim. */
  private static Map<String, TagKind> relationOfClaims(Handout handout) {
    Map<String, TagKind> result = new HashMap<>();
    for (AlignedRow row : handout.rows()) {
      Optional<TagKind> relation = row.relation();
      if (relation.isPresent()) {
        for (Side side : Side.values()) {
          row.claims(side).forEach(c -> result.putIfAbsent(c.id(), relation.get()));
        }
      }
    }
    return result;
  }

  /** The document's blocks, or its text split at blank lines when it has none. */
  private static List<Block> blocks(Document doc) {
    if (!doc.blocks().isEmpty()) {
      return doc.blocks();
    }
    List<Block> blocks = new ArrayList<>();
    String text = doc.text();
    int start = 0;
    for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", start)) {
      blocks.add(new Block(BlockKind.PARAGRAPH, start, at));
      start = at + 2;
    }
    blocks.add(new Block(BlockKind.PARAGRAPH, start, text.length()));
    return blocks;
  }
}
