package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.task.CancelledException;
import org.parallax.task.Progress;

/**
 * The aligner's combination logic, with fake meaning models: the real model is exercised by the
 * gold-set quality test.
 */
class AlignerTest {

  /** Every text means the same: meaning similarity 1 for every pair. */
  static final class SameMeaning implements SentenceEmbedder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public float[][] embed(List<String> texts) {
      calls.incrementAndGet();
      return texts.stream().map(t -> new float[] {1, 0}).toArray(float[][]::new);
    }

    @Override
    public String name() {
      return "same";
    }
  }

  /** A model whose native runtime does not load. */
  static final class BrokenModel implements SentenceEmbedder {
    @Override
    public float[][] embed(List<String> texts) {
      throw new EmbeddingUnavailableException(
          "the model's native runtime could not be loaded on this computer", null);
    }

    @Override
    public String name() {
      return "broken";
    }
  }

  private static Document doc(String text) {
    return new Document(
        text, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())), null, null);
  }

  private final Document a =
      doc(
          "On September 19th the Lachin road checkpoint outside Khankendi was closed. "
              + "The harvest in the valley was poor this year.");
  private final Document b =
      doc(
          "Farmers in the valley lost the harvest to drought. "
              + "The checkpoint on the Lachin road near Stepanakert shut on 19 September. "
              + "Brass bands played in the square.");
  private final List<Claim> claimsA = new Segmenter().segment(a, Side.A);
  private final List<Claim> claimsB = new Segmenter().segment(b, Side.B);

  private AlignmentResult align(SentenceEmbedder embedder, AlignmentSettings settings) {
    return new Aligner(settings, embedder).align(a, claimsA, b, claimsB, Progress.NONE);
  }

  private static String table(AlignmentResult result) {
    StringBuilder out = new StringBuilder();
    for (Link link : result.suggestions()) {
      out.append(link.id())
          .append(' ')
          .append(String.join(",", link.aClaims()))
          .append(" -> ")
          .append(String.join(",", link.bClaims()))
          .append('\n');
    }
    return out.toString();
  }

  @Test
  void claimsAboutTheSameThingsAreLinkedWhateverTheirOrder() {
    AlignmentResult result =
        align(new SameMeaning(), AlignmentSettings.defaults().withLexicalOnly(true));

    assertThat(table(result)).isEqualTo("L1 A1 -> B2\nL2 A2 -> B1\n");
  }

  @Test
  void reasonsNameTheSharedDateNamesAndEquivalentNames() {
    AlignmentResult result =
        align(new SameMeaning(), AlignmentSettings.defaults().withLexicalOnly(true));

    assertThat(result.suggestions().get(0).reasons())
        .containsExactly(
            "same event: 19 September",
            "shared: Lachin road, checkpoint",
            "equivalent: Khankendi = Stepanakert");
  }

  @Test
  void aNameSpelledTheAzerbaijaniWayMeetsItsEnglishSpelling() {
    Document azerbaijani =
        doc("Two rockets struck a bakery in Ağcabədi. The orchards were in bloom.");
    Document english = doc("Bus services resumed across the region. Nobody fired at Aghjabadi.");
    List<Claim> claimsAz = new Segmenter().segment(azerbaijani, Side.A);
    List<Claim> claimsEn = new Segmenter().segment(english, Side.B);

    List<Link> links =
        new Aligner(AlignmentSettings.defaults().withLexicalOnly(true), new SameMeaning())
            .align(azerbaijani, claimsAz, english, claimsEn, Progress.NONE)
            .suggestions();

    assertThat(links).hasSize(1);
    assertThat(links.get(0).claims(Side.A)).containsExactly(claimsAz.get(0).id());
    assertThat(links.get(0).claims(Side.B)).containsExactly(claimsEn.get(1).id());
    assertThat(links.get(0).reasons()).contains("equivalent: Ağcabədi = Aghjabadi");
  }

  @Test
  void aClaimThatResemblesEveryClaimOnlyInMeaningGetsNoLinkOfItsOwn() {
    AlignmentResult result = align(new SameMeaning(), AlignmentSettings.defaults());

    assertThat(table(result)).isEqualTo("L1 A1 -> B2\nL2 A2 -> B1\n");
    assertThat(result.suggestions().get(0).reasons()).contains("meaning similarity 1.00");
    assertThat(result.usedEmbeddings()).isTrue();
  }

  @Test
  void suggestionsAreSuggestedWithoutRelationAndOrderedByScore() {
    List<Link> links = align(new SameMeaning(), AlignmentSettings.defaults()).suggestions();

    assertThat(links).allMatch(l -> l.status() == LinkStatus.SUGGESTED && l.relation().isEmpty());
    assertThat(links.get(0).score()).isGreaterThanOrEqualTo(links.get(1).score());
    assertThat(links).allMatch(l -> l.score() > 0 && l.score() <= 1);
  }

  @Test
  void eachSuggestionCarriesASuggestedRelationWithItsReasonButNoReaderRelation() {
    List<Link> links =
        align(new SameMeaning(), AlignmentSettings.defaults().withLexicalOnly(true)).suggestions();

    // The checkpoint claims share their day: the same event. Lexical only: no meaning to judge by.
    assertThat(links.get(0).suggestedRelation()).isEqualTo("agree");
    assertThat(links.get(0).relationReasons()).containsExactly("same event: 19 September");
    assertThat(links).allMatch(l -> l.relation().isEmpty() && !l.suggestedRelation().isEmpty());
  }

  @Test
  void suggestingRelationsAgainWithoutPairedTermsGivesTheAlignmentsOwnRelations() {
    Aligner aligner = new Aligner(AlignmentSettings.defaults(), new SameMeaning());
    List<Link> links = aligner.align(a, claimsA, b, claimsB, Progress.NONE).suggestions();
    List<Link> bare = links.stream().map(l -> l.withSuggestedRelation("", List.of())).toList();

    assertThat(aligner.suggestRelations(a, claimsA, b, claimsB, bare, List.of(), Progress.NONE))
        .isEqualTo(links);
  }

  @Test
  void aLinkWhoseClaimsCarryBothTermsOfAReadersPairIsAReframeNamingThePair() {
    Aligner aligner =
        new Aligner(AlignmentSettings.defaults().withLexicalOnly(true), new SameMeaning());
    List<Link> links = aligner.align(a, claimsA, b, claimsB, Progress.NONE).suggestions();

    List<Link> again =
        aligner.suggestRelations(
            a,
            claimsA,
            b,
            claimsB,
            links,
            List.of(new PairedTerm("Poor", "drought"), new PairedTerm("bands", "valley")),
            Progress.NONE);

    // L2 joins "The harvest in the valley was poor" to "lost the harvest to drought".
    assertThat(again.get(1).suggestedRelation()).isEqualTo("reframe");
    assertThat(again.get(1).relationReasons())
        .containsExactly("\u201cPoor\u201d / \u201cdrought\u201d, paired by you");
    assertThat(again.get(0)).isEqualTo(links.get(0));
  }

  @Test
  void whenTheModelCannotLoadAlignmentFallsBackToWordsWithANotice() {
    AlignmentResult result = align(new BrokenModel(), AlignmentSettings.defaults());

    assertThat(result.usedEmbeddings()).isFalse();
    assertThat(result.notices())
        .containsExactly(
            "Meaning similarity is unavailable (the model's native runtime could not be loaded on"
                + " this computer); suggestions use words, names and dates only.");
    assertThat(table(result)).isEqualTo("L1 A1 -> B2\nL2 A2 -> B1\n");
  }

  @Test
  void aSecondRunOnTheSameTextsIsServedFromTheCache() {
    SameMeaning model = new SameMeaning();
    Aligner aligner = new Aligner(AlignmentSettings.defaults(), model);

    AlignmentResult first = aligner.align(a, claimsA, b, claimsB, Progress.NONE);
    AlignmentResult second = aligner.align(a, claimsA, b, claimsB, Progress.NONE);

    assertThat(second).isSameAs(first);
    assertThat(model.calls.get()).isEqualTo(1);
  }

  @Test
  void cancellingStopsTheWork() {
    Progress cancelled =
        new Progress() {
          @Override
          public void report(double fraction, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    Aligner aligner = new Aligner(AlignmentSettings.defaults(), new SameMeaning());

    assertThatThrownBy(() -> aligner.align(a, claimsA, b, claimsB, cancelled))
        .isInstanceOf(CancelledException.class);
  }
}
