package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
    Map<String, Boolean> inRow = new HashMap<>();
    handout.rows().forEach(r -> r.claims(side).forEach(c -> inRow.put(c.id(), true)));
    int ci = 0;
    int ti = 0;
    for (Block block : blocks(doc)) {
      boolean heading = block.kind() == BlockKind.HEADING;
      out.write(heading ? "<div class=\"heading\" dir=\"auto\">" : "<p dir=\"auto\">");
      TreeSet<Integer> cuts = new TreeSet<>(List.of(block.start(), block.end()));
      while (ci < claims.size() && claims.get(ci).end() <= block.start()) {
        ci++;
      }
      while (ti < terms.size() && terms.get(ti).end() <= block.start()) {
        ti++;
      }
      for (int i = ci; i < claims.size() && claims.get(i).start() < block.end(); i++) {
        cut(cuts, block, claims.get(i).start(), claims.get(i).end());
      }
      for (int i = ti; i < terms.size() && terms.get(i).start() < block.end(); i++) {
        cut(cuts, block, terms.get(i).start(), terms.get(i).end());
      }
      Claim openClaim = null;
      TermTag openTerm = null;
      Integer from = null;
      for (int to : cuts) {
        if (from != null) {
          while (ci < claims.size() && claims.get(ci).end() <= from) {
            ci++;
          }
          while (ti < terms.size() && terms.get(ti).end() <= from) {
            ti++;
          }
          Claim claim =
              ci < claims.size() && claims.get(ci).start() <= from ? claims.get(ci) : null;
          TermTag term = ti < terms.size() && terms.get(ti).start() <= from ? terms.get(ti) : null;
          if (claim != openClaim || term != openTerm) {
            if (openTerm != null) {
              out.write("</span>");
            }
            if (claim != openClaim) {
              if (openClaim != null) {
                out.write("</span>");
              }
              if (claim != null) {
                openClaim(claim, from, relationOf, inRow.containsKey(claim.id()), out);
              }
            }
            if (term != null) {
              openTerm(handout, term, relations, out);
            }
            openClaim = claim;
            openTerm = term;
          }
          out.write(Html.escape(text.substring(from, to)));
        }
        from = to;
      }
      if (openTerm != null) {
        out.write("</span>");
      }
      if (openClaim != null) {
        out.write("</span>");
      }
      out.write(heading ? "</div>\n" : "</p>\n");
    }
  }

  private static void cut(TreeSet<Integer> cuts, Block block, int start, int end) {
    if (start > block.start() && start < block.end()) {
      cuts.add(start);
    }
    if (end > block.start() && end < block.end()) {
      cuts.add(end);
    }
  }

  private static void openClaim(
      Claim claim, int at, Map<String, TagKind> relationOf, boolean inRow, Writer out)
      throws IOException {
    TagKind relation = relationOf.get(claim.id());
    String style =
        relation == null
            ? ""
            : " style=\"border-bottom:"
                + (relation.id().equals("contradict") ? "4px " : "2px ")
                + RelationLook.border(relation.id())
                + " "
                + Html.colour(relation.colour())
                + "\"";
    out.write("<span class=\"claim" + (inRow ? "" : " unlinked") + "\"" + style);
    if (at == claim.start()) {
      out.write(
          " id=\"claim-"
              + Html.escape(claim.id())
              + "\"><sup>"
              + Html.escape(claim.id())
              + "</sup>");
    } else {
      out.write(">");
    }
  }

  private static void openTerm(Handout handout, TermTag term, boolean frames, Writer out)
      throws IOException {
    out.write("<span class=\"term\"");
    if (frames) {
      out.write(" title=\"" + Html.escape(handout.frame(term.frame()).label()) + "\"");
    }
    out.write(">");
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
