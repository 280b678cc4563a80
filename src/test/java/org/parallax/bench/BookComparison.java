package org.parallax.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.segment.Segmenter;

/**
 * A book-length comparison for the reading benchmarks: two generated essays of about 100,000 words
 * each, segmented by the real {@link Segmenter}, with confirmed links spread evenly over both texts
 * (relations cycling through agree, contradict, reframe and partial) and confirmed term tags, each
 * on the first word of its own claim, alternating sides. Built directly as model records.
 */
final class BookComparison {
  static final int WORDS = 100_000;
  private static final String[] RELATIONS = {"agree", "contradict", "reframe", "partial"};
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private BookComparison() {}

  /** The comparison with {@code links} confirmed links and {@code terms} confirmed term tags. */
  static Comparison build(int links, int terms) {
    Document a = SyntheticEssay.generate(11, WORDS);
    Document b = SyntheticEssay.generate(12, WORDS);
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsA = segmenter.segment(a, Side.A);
    List<Claim> claimsB = segmenter.segment(b, Side.B);
    List<Claim> claims = new ArrayList<>(claimsA);
    claims.addAll(claimsB);
    List<Link> linkList = new ArrayList<>();
    for (int i = 0; i < links; i++) {
      Claim from = claimsA.get(i * claimsA.size() / links);
      Claim to = claimsB.get(i * claimsB.size() / links);
      linkList.add(
          new Link(
              "L" + (i + 1),
              List.of(from.id()),
              List.of(to.id()),
              LinkStatus.CONFIRMED,
              RELATIONS[i % RELATIONS.length],
              0.5,
              List.of(),
              "",
              "bench",
              T0,
              T0));
    }
    List<TermTag> termList = new ArrayList<>();
    for (int i = 0; i < terms; i++) {
      Side side = i % 2 == 0 ? Side.A : Side.B;
      List<Claim> sideClaims = side == Side.A ? claimsA : claimsB;
      Claim claim = sideClaims.get((i / 2) * sideClaims.size() / ((terms + 1) / 2));
      String text = (side == Side.A ? a : b).text();
      int end = firstWordEnd(text, claim);
      termList.add(
          new TermTag(
              "T" + (i + 1),
              side,
              claim.start(),
              end,
              "security",
              "",
              "",
              LinkStatus.CONFIRMED,
              "bench",
              T0,
              T0));
    }
    return new Comparison(
        "Book-length pair", "bench", a, b, claims, linkList, termList, Codebook.defaults(), T0, T0);
  }

  /** The end of the first word of {@code claim}. */
  static int firstWordEnd(String text, Claim claim) {
    int end = claim.start();
    while (end < claim.end() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return Math.max(end, claim.start() + 1);
  }
}
