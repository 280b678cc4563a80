package org.parallax.ui.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.segment.Segmenter;
import org.parallax.tagging.TermPair;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.support.BackgroundRunner;

class TermPairsViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
  private static final String A_TEXT =
      "The bridge closed on 4 March. A ferry now runs. The bridge had cracks.";
  private static final String B_TEXT = "The boat runs twice a day. Residents lost the crossing.";
  private final ComparisonSession session = new ComparisonSession();
  private TaggingViewModel tagging;
  private TermPairsViewModel pairs;

  /** "bridge" (twice, one paired) with "crossing", confirmed; "ferry" with "boat", suggested. */
  @BeforeEach
  void showAComparisonWithAConfirmedAndASuggestedPair() {
    AlignmentViewModel alignment =
        new AlignmentViewModel(
            Segmenter::new,
            () -> new Aligner(AlignmentSettings.defaults().withLexicalOnly(true)),
            BackgroundRunner.inPlace(),
            CLOCK,
            session);
    tagging = new TaggingViewModel(session, alignment, BackgroundRunner.inPlace(), CLOCK, n -> {});
    tagging.annotatorProperty().set("Ada");
    List<TermTag> terms =
        List.of(
            tag("T1", Side.A, A_TEXT, "bridge", 4, "T2", LinkStatus.CONFIRMED),
            tag("T2", Side.B, B_TEXT, "crossing", 46, "T1", LinkStatus.CONFIRMED),
            tag("T3", Side.A, A_TEXT, "bridge", 52, "", LinkStatus.CONFIRMED),
            tag("T4", Side.A, A_TEXT, "ferry", 32, "T5", LinkStatus.SUGGESTED),
            tag("T5", Side.B, B_TEXT, "boat", 4, "T4", LinkStatus.SUGGESTED));
    Comparison start =
        new Comparison(
            "bridge",
            "",
            document(A_TEXT),
            document(B_TEXT),
            List.of(),
            List.of(),
            terms,
            Codebook.defaults(),
            Instant.EPOCH,
            Instant.EPOCH);
    alignment.show(start, true);
    pairs = new TermPairsViewModel(tagging);
    pairs.refresh();
  }

  @Test
  void eachPairReadsAsWhatEachSideSaysWithHowOftenAndItsFrames() {
    assertThat(pairs.pairs()).hasSize(2);
    assertThat(pairs.sentence(pairs.pairs().get(0)))
        .isEqualTo(
            "A says \u201cbridge\u201d (2\u00d7) where B says \u201ccrossing\u201d (1\u00d7)");
    assertThat(pairs.frames(pairs.pairs().get(0))).isEqualTo("Policy prescription");
    assertThat(pairs.frames(pairs.pairs().get(1)))
        .isEqualTo("Policy prescription \u00b7 suggested");
  }

  @Test
  void confirmingASuggestedPairAcceptsBothTagsAsOneUndoStep() {
    assertThat(pairs.confirm(pairs.pairs().get(1))).isTrue();

    assertThat(status("T4")).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(status("T5")).isEqualTo(LinkStatus.CONFIRMED);
    session.undo();
    assertThat(status("T4")).isEqualTo(LinkStatus.SUGGESTED);
    assertThat(status("T5")).isEqualTo(LinkStatus.SUGGESTED);
  }

  @Test
  void unpairingTakesThePairOffTheListOnceReadAgainAndKeepsTheTags() {
    TermPair bridge = pairs.pairs().get(0);
    pairs.unpair(bridge);

    assertThat(pairs.pairs()).contains(bridge);
    pairs.refresh();
    assertThat(pairs.pairs()).extracting(p -> p.a().words()).containsExactly("ferry");
    assertThat(session.currentProperty().get().terms()).hasSize(5);
    session.undo();
    pairs.refresh();
    assertThat(pairs.pairs()).hasSize(2);
  }

  @Test
  void theListFollowsTheReadingOrderOfTheActiveSide() {
    tagging.activeSideProperty().set(Side.B);
    pairs.refresh();

    assertThat(pairs.pairs()).extracting(p -> p.b().words()).containsExactly("boat", "crossing");
    assertThat(pairs.firsts(pairs.pairs().get(0)))
        .extracting(TermTag::id)
        .containsExactly("T4", "T5");
  }

  private LinkStatus status(String id) {
    return session.currentProperty().get().terms().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private static TermTag tag(
      String id, Side side, String text, String word, int start, String partner, LinkStatus s) {
    if (!text.startsWith(word, start)) {
      throw new IllegalArgumentException(word + " is not at " + start);
    }
    return new TermTag(
        id, side, start, start + word.length(), "policy", "", partner, s, "", null, null);
  }

  private static Document document(String text) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY,
        List.of());
  }
}
