package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.gold.GoldPair;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.SegmentedPair;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;

class RelationEvidenceTest {

  private final FeatureExtractor extractor = new FeatureExtractor(EquivalenceLexicon.bundled());

  private RelationEvidence link(List<String> a, List<String> b) {
    return RelationEvidence.of(extractor, a, b, Double.NaN);
  }

  @Test
  void aFigureShowsTheLowerCaseWordThatFollowsIt() {
    RelationEvidence e =
        link(
            List.of("More than 300 residents came, 40 of them from Orle."),
            List.of("Barely 80, mostly pensioners, came to 12 Mill Lane."));
    assertThat(e.figures(Side.A)).containsEntry("300", "300 residents").containsEntry("40", "40");
    // a comma does not stop the look-ahead; a capitalised word is not what the figure counts
    assertThat(e.figures(Side.B))
        .containsEntry("80", "80 mostly")
        .containsEntry("12", "12")
        .hasSize(2);
  }

  @Test
  void aFigureAtTheEndOfItsClaimStandsAlone() {
    assertThat(link(List.of("The count rose to 300."), List.of("It fell.")).figures(Side.A))
        .containsExactlyEntriesOf(java.util.Map.of("300", "300"));
  }

  @Test
  void aSideIsItsClaimsWordsInOrderAndInLowerCase() {
    RelationEvidence e =
        link(List.of("Xankəndi’s Mayor spoke.", "Then 2,000 LEFT."), List.of("Nobody left."));
    assertThat(e.words(Side.A))
        .containsExactly("xankəndi", "s", "mayor", "spoke", "then", "2", "000", "left");
    assertThat(e.words(Side.B)).containsExactly("nobody", "left");
  }

  @Test
  void wordsWithGivenBeginningsKeepTheirOrderAndLeaveOthersOut() {
    RelationEvidence e =
        link(List.of("Prices increased and safety fell; the increase was unsafe."), List.of("x"));
    assertThat(e.wordsStartingWith(Side.A, WordBeginnings.of(List.of("increas", "saf", "fell"))))
        .containsExactly("increased", "safety", "fell", "increase");
    assertThat(e.wordsStartingWith(Side.B, WordBeginnings.of(List.of("increas")))).isEmpty();
  }

  @Test
  void aSideAskedTwiceGivesTheSameAnswer() {
    RelationEvidence e = link(List.of("On 9 July 300 people met in Baku."), List.of("No."));
    assertThat(e.figures(Side.A)).isSameAs(e.figures(Side.A)).containsKey("300");
    assertThat(e.dates(Side.A)).isSameAs(e.dates(Side.A)).containsKey("9 July");
    assertThat(e.words(Side.A)).isSameAs(e.words(Side.A));
  }

  /**
   * Over every claim of the gold set, and every pair of consecutive claims as one side: the words
   * the rules read are those of the plain tokenizer over the claims' texts joined by spaces, as
   * they were split before they were split once per claim and on demand; and the words with given
   * beginnings are exactly those of them that begin so.
   */
  @Test
  void everyGoldClaimSplitsAsThePlainTokenizerSplitsIt() {
    WordBeginnings starts = WordBeginnings.of(List.of("increas", "saf", "more", "no", "ś"));
    int checked = 0;
    Segmenter segmenter = new Segmenter();
    for (GoldPair pair : GoldSet.load().pairs()) {
      SegmentedPair sp = SegmentedPair.of(pair, segmenter::segment);
      for (Side side : Side.values()) {
        List<String> texts =
            sp.claims(side).stream().map(c -> c.textIn(side == Side.A ? sp.a() : sp.b())).toList();
        for (int i = 0; i + 1 < texts.size(); i++) {
          List<String> two = texts.subList(i, i + 2);
          RelationEvidence e = link(two, List.of(texts.get(i)));
          List<String> plain =
              Words.of(String.join(" ", two)).stream().map(Words.Word::lower).toList();
          assertThat(e.words(Side.A)).isEqualTo(plain);
          List<String> begun = new ArrayList<>();
          for (String w : plain) {
            if (List.of("increas", "saf", "more", "no", "ś").stream().anyMatch(w::startsWith)) {
              begun.add(w);
            }
          }
          assertThat(e.wordsStartingWith(Side.A, starts)).isEqualTo(begun);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(250);
  }
}
