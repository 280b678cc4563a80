package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;

class SegmentedPairTest {

  private static GoldPair tinyPair(String links) {
    return new GoldPair(
        "tiny",
        "A\n\nThe ford closed. Bread got dearer. Talks failed.",
        "B\n\nTalks never began. The crossing shut.",
        GoldFiles.parseLinks("tiny/links.tsv", links),
        List.of());
  }

  @Test
  void goldQuotesResolveToTheIdsOfTheClaimsThatHoldThem() {
    SegmentedPair pair =
        SegmentedPair.of(
            tinyPair(
                "The ford closed\tThe crossing shut\treframe\nTalks failed\tTalks never\tcontradict\n"),
            SimpleSentenceSplitter::split);

    assertThat(pair.gold())
        .extracting(link -> link.aClaims() + "-" + link.bClaims() + " " + link.relation())
        .containsExactly("[A1]-[B2] reframe", "[A3]-[B1] contradict");
    assertThat(pair.gold()).extracting(Link::status).containsOnly(LinkStatus.CONFIRMED);
  }

  @Test
  void aMissingQuoteFailsNamingPairFileAndLine() {
    assertThatThrownBy(
            () ->
                SegmentedPair.of(
                    tinyPair("# relation\nThe ford closed\tThe bridge shut\tagree\n"),
                    SimpleSentenceSplitter::split))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny/links.tsv line 2, b.txt: quote \"The bridge shut\" does not occur");
  }

  @Test
  void theAlderDamVoteIsTheFifthSentenceOfAAndTheFourthOfB() {
    // a.txt: four sentences in the first paragraph, the vote opens the second;
    // b.txt: three sentences in the first paragraph, the vote opens the second.
    SegmentedPair pair =
        SegmentedPair.of(GoldSet.load().pair("alder-dam"), SimpleSentenceSplitter::split);
    assertThat(pair.gold().get(1).aClaims()).containsExactly("A5");
    assertThat(pair.gold().get(1).bClaims()).containsExactly("B4");
  }
}
