package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldFilesTest {

  @Test
  void aLinkLineHasQuotesOnBothSidesAndARelation() {
    List<GoldLink> links =
        GoldFiles.parseLinks("p/links.tsv", "# a comment\n\nfirst || second\tthird\tcontradict\n");
    assertThat(links)
        .containsExactly(
            new GoldLink(List.of("first", "second"), List.of("third"), "contradict", 3));
  }

  @Test
  void aLineWithTooFewColumnsFailsNamingFileAndLine() {
    assertThatThrownBy(() -> GoldFiles.parseLinks("p/links.tsv", "# c\nonly a\tonly b\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p/links.tsv line 2: expected 3 non-empty tab-separated columns, found 2");
  }

  @Test
  void anUnknownRelationFailsNamingFileAndLine() {
    assertThatThrownBy(() -> GoldFiles.parseLinks("p/links.tsv", "x\ty\tsupports\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("p/links.tsv line 1: relation must be one of")
        .hasMessageEndingWith("was 'supports'");
  }

  @Test
  void anEmptyQuoteBetweenSeparatorsIsRejected() {
    assertThatThrownBy(() -> GoldFiles.parseLinks("p/links.tsv", "x ||  || y\tz\tagree\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p/links.tsv line 1: a quote is empty");
  }

  @Test
  void equivalencesAreNamePairsInFileOrder() {
    assertThat(
            GoldFiles.parseEquivalences("p/equivalences.tsv", "Shusha\tShushi\nLachin\tBerdzor\n"))
        .containsExactly(
            new GoldPair.Equivalence("Shusha", "Shushi"),
            new GoldPair.Equivalence("Lachin", "Berdzor"));
  }
}
