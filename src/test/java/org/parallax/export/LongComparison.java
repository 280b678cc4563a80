package org.parallax.export;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;

/**
 * A comparison whose aligned table runs over several printed pages: {@code n} paragraphs a side,
 * each one long claim, linked in order, the relations taking turns and every other link with a
 * note. Only for checking page breaks; the words say which row they belong to.
 */
final class LongComparison {
  private LongComparison() {}

  static Comparison of(int n) {
    List<Claim> claims = new ArrayList<>();
    Document a = document(Side.A, n, claims);
    Document b = document(Side.B, n, claims);
    List<String> relations =
        Codebook.defaults().kinds(TagTarget.LINK).stream().map(TagKind::id).toList();
    List<Link> links = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      links.add(
          new Link(
              "L" + i,
              List.of("A" + i),
              List.of("B" + i),
              LinkStatus.CONFIRMED,
              relations.get(i % relations.size()),
              0.0,
              List.of(),
              i % 2 == 0 ? "Note on row " + i + ": " + words("reason", i, 30) : "",
              "Tester",
              ExportFixture.T0,
              ExportFixture.T1));
    }
    return new Comparison(
        "A long comparison",
        "Tester",
        a,
        b,
        claims,
        links,
        List.of(),
        Codebook.defaults(),
        ExportFixture.T0,
        ExportFixture.T1);
  }

  private static Document document(Side side, int n, List<Claim> claims) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (i > 1) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append("Claim ").append(side).append(i).append(' ');
      text.append(words(side == Side.A ? "alpha" : "beta", i, 25 + 15 * (i % 3))).append('.');
      blocks.add(new Block(BlockKind.PARAGRAPH, start, text.length()));
      claims.add(new Claim(side.name() + i, side, start, text.length()));
    }
    DocumentMetadata meta =
        new DocumentMetadata("Essay " + side, List.of("Author " + side), "", "", "", "", List.of());
    return new Document(text.toString(), blocks, meta, List.of());
  }

  private static String words(String word, int row, int count) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) {
      s.append(k == 0 ? "" : " ").append(word).append(row);
    }
    return s.toString();
  }
}
