package org.parallax.align.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * A gold pair made ready for an aligner: both essays as documents, their claims under some
 * segmenter, and the gold links resolved to those claims' ids.
 *
 * @param pair the gold pair
 * @param a essay A as a document
 * @param aClaims essay A's claims
 * @param b essay B as a document
 * @param bClaims essay B's claims
 * @param gold the gold links as confirmed links {@code G1, G2, …} with their relations
 */
public record SegmentedPair(
    GoldPair pair,
    Document a,
    List<Claim> aClaims,
    Document b,
    List<Claim> bClaims,
    List<Link> gold) {

  public SegmentedPair {
    aClaims = List.copyOf(aClaims);
    bClaims = List.copyOf(bClaims);
    gold = List.copyOf(gold);
  }

  /** Segments both essays of {@code pair} with {@code segmenter} and resolves its gold links. */
  public static SegmentedPair of(GoldPair pair, BiFunction<Document, Side, List<Claim>> segmenter) {
    Document a = GoldDocuments.toDocument(pair.aText());
    Document b = GoldDocuments.toDocument(pair.bText());
    List<Claim> aClaims = segmenter.apply(a, Side.A);
    List<Claim> bClaims = segmenter.apply(b, Side.B);
    List<Link> gold = new ArrayList<>();
    for (GoldLink link : pair.links()) {
      List<String> aIds = ids(pair, link, link.aQuotes(), Side.A, a, aClaims);
      List<String> bIds = ids(pair, link, link.bQuotes(), Side.B, b, bClaims);
      gold.add(
          new Link(
              "G" + (gold.size() + 1),
              aIds,
              bIds,
              LinkStatus.CONFIRMED,
              link.relation(),
              0,
              List.of(),
              "",
              "gold",
              null,
              null));
    }
    return new SegmentedPair(pair, a, aClaims, b, bClaims, gold);
  }

  /** Essay A's claims, or B's. */
  public List<Claim> claims(Side side) {
    return side == Side.A ? aClaims : bClaims;
  }

  private static List<String> ids(
      GoldPair pair,
      GoldLink link,
      List<String> quotes,
      Side side,
      Document document,
      List<Claim> claims) {
    String where = pair.name() + "/links.tsv line " + link.line() + ", " + GoldPair.fileName(side);
    return quotes.stream()
        .map(quote -> QuoteLocator.claimFor(quote, document, claims, where).id())
        .distinct()
        .toList();
  }
}
