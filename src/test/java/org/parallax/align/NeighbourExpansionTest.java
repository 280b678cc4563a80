package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;

/**
 * Links growing over consecutive claims. Each case starts from one link, A0 with B0 (raw 0.5, score
 * 0.4), and the scored pairs given; claims are numbered by position.
 */
class NeighbourExpansionTest {
  private static final ScoredPair LINK = new ScoredPair(0, 0, 0.5, 0.4);

  /** The link after growing, such as {@code "A0 -> B0,B1"}. */
  private static String grow(int[] paragraphA, int[] paragraphB, ScoredPair... others) {
    List<ScoredPair> pairs = new ArrayList<>(List.of(LINK));
    pairs.addAll(List.of(others));
    double[] bestA = new double[paragraphA.length];
    double[] bestB = new double[paragraphB.length];
    for (ScoredPair p : pairs) {
      bestA[p.a()] = Math.max(bestA[p.a()], p.score());
      bestB[p.b()] = Math.max(bestB[p.b()], p.score());
    }
    List<ScoredPair> star = new ArrayList<>(List.of(LINK));
    new NeighbourExpansion(
            pairs, bestA, bestB, paragraphA, paragraphB, AlignmentSettings.defaults())
        .grow(new ArrayList<>(List.of(star)));
    TreeSet<String> as = new TreeSet<>();
    TreeSet<String> bs = new TreeSet<>();
    star.forEach(p -> as.add("A" + p.a()));
    star.forEach(p -> bs.add("B" + p.b()));
    return String.join(",", as) + " -> " + String.join(",", bs);
  }

  @Test
  void theNextClaimInTheSameParagraphJoinsWhenTheLinkedClaimIsItsBestPartner() {
    assertThat(grow(new int[] {0}, new int[] {0, 0}, new ScoredPair(0, 1, 0.2, 0.1)))
        .isEqualTo("A0 -> B0,B1");
  }

  @Test
  void theNextClaimInAnotherParagraphStaysOut() {
    assertThat(grow(new int[] {0}, new int[] {0, 1}, new ScoredPair(0, 1, 0.2, 0.1)))
        .isEqualTo("A0 -> B0");
  }

  @Test
  void theNextClaimStaysOutWhenItHasABetterPartnerElsewhere() {
    assertThat(
            grow(
                new int[] {0, 1},
                new int[] {0, 0},
                new ScoredPair(0, 1, 0.2, 0.1),
                new ScoredPair(1, 1, 0.3, 0.15)))
        .isEqualTo("A0 -> B0");
  }

  @Test
  void theNextClaimStaysOutWhenTheirCombinedScoreIsBelowTheFloor() {
    assertThat(grow(new int[] {0}, new int[] {0, 0}, new ScoredPair(0, 1, 0.04, 0.01)))
        .isEqualTo("A0 -> B0");
  }

  @Test
  void aOneToOneLinkMayGrowOnTheOtherSideToo() {
    assertThat(grow(new int[] {0, 0}, new int[] {0}, new ScoredPair(1, 0, 0.2, 0.1)))
        .isEqualTo("A0,A1 -> B0");
  }

  @Test
  void aLinkGrowsClaimByClaimUpToTheMostPartnersAllowed() {
    assertThat(
            grow(
                new int[] {0},
                new int[] {0, 0, 0, 0},
                new ScoredPair(0, 1, 0.2, 0.1),
                new ScoredPair(0, 2, 0.2, 0.1),
                new ScoredPair(0, 3, 0.2, 0.1)))
        .isEqualTo("A0 -> B0,B1,B2");
  }

  @Test
  void eachClaimBelongsToTheParagraphThatHoldsItsStart() {
    String text = "Title\n\nOne. Two.\n\nThree.";
    Document document =
        new Document(
            text,
            List.of(
                new Block(BlockKind.HEADING, 0, 5),
                new Block(BlockKind.PARAGRAPH, 7, 16),
                new Block(BlockKind.PARAGRAPH, 18, 24)),
            null,
            null);
    List<Claim> claims =
        List.of(
            new Claim("A1", Side.A, 7, 11),
            new Claim("A2", Side.A, 12, 16),
            new Claim("A3", Side.A, 18, 24));

    assertThat(NeighbourExpansion.paragraphs(document, claims)).containsExactly(1, 1, 2);
  }
}
