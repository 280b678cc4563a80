package org.parallax.align.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.Side;

/** Checks that every gold pair is well formed and meets the shape the gold set promises. */
class GoldSetSanityTest {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d]?(?=\\s|$)");

  static Stream<GoldPair> pairs() {
    return GoldSet.load().pairs().stream();
  }

  @Test
  void theSetHasAtLeastFourPairs() {
    assertThat(GoldSet.load().pairs()).extracting(GoldPair::name).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void everyPairFolderIsListedInThePairIndex() throws IOException, URISyntaxException {
    Path root = Path.of(GoldSet.class.getResource("/gold/pairs.txt").toURI()).getParent();
    try (Stream<Path> entries = Files.list(root)) {
      List<String> folders =
          entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
      assertThat(GoldSet.load().pairs().stream().map(GoldPair::name))
          .containsExactlyInAnyOrderElementsOf(folders);
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void eachEssayHasFifteenToFortySentences(GoldPair pair) {
    for (Side side : Side.values()) {
      String body = pair.text(side).substring(pair.text(side).indexOf('\n'));
      long sentences = SENTENCE_END.matcher(body).results().count();
      assertThat(sentences).as(pair.name() + " " + GoldPair.fileName(side)).isBetween(15L, 40L);
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void theSimpleSplitterFindsEverySentence(GoldPair pair) {
    for (Side side : Side.values()) {
      Document document = GoldDocuments.toDocument(pair.text(side));
      String body = pair.text(side).substring(pair.text(side).indexOf('\n'));
      assertThat(SimpleSentenceSplitter.split(document, side))
          .as(pair.name() + " " + GoldPair.fileName(side))
          .hasSize((int) SENTENCE_END.matcher(body).results().count());
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void everyQuoteIsUniqueAndLiesInsideOneSentence(GoldPair pair) {
    SegmentedPair segmented = SegmentedPair.of(pair, SimpleSentenceSplitter::split);
    for (GoldLink link : pair.links()) {
      assertInsideOneClaim(pair, link, link.aQuotes(), segmented.a(), segmented.aClaims());
      assertInsideOneClaim(pair, link, link.bQuotes(), segmented.b(), segmented.bClaims());
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aQuarterToTwoFifthsOfEachSidesClaimsHaveNoCounterpart(GoldPair pair) {
    SegmentedPair segmented = SegmentedPair.of(pair, SimpleSentenceSplitter::split);
    for (Side side : Side.values()) {
      Set<String> linked = new HashSet<>();
      for (Link link : segmented.gold()) {
        linked.addAll(link.claims(side));
      }
      List<Claim> claims = segmented.claims(side);
      double unmatched = (double) (claims.size() - linked.size()) / claims.size();
      assertThat(unmatched).as(pair.name() + " " + GoldPair.fileName(side)).isBetween(0.25, 0.40);
    }
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void everyEquivalenceNameOccursInItsEssay(GoldPair pair) {
    for (GoldPair.Equivalence equivalence : pair.equivalences()) {
      assertThat(pair.aText()).as(pair.name() + " a.txt").contains(equivalence.a());
      assertThat(pair.bText()).as(pair.name() + " b.txt").contains(equivalence.b());
    }
    assertThat(pair.equivalences()).as(pair.name()).hasSizeGreaterThanOrEqualTo(2);
  }

  private static void assertInsideOneClaim(
      GoldPair pair, GoldLink link, List<String> quotes, Document document, List<Claim> claims) {
    for (String quote : quotes) {
      String where = pair.name() + "/links.tsv line " + link.line();
      int start = QuoteLocator.uniqueOffset(quote, document.text(), where);
      Claim claim = QuoteLocator.claimFor(quote, document, claims, where);
      assertThat(start + quote.length())
          .as(where + " quote \"" + quote + "\"")
          .isLessThanOrEqualTo(claim.end());
    }
  }
}
