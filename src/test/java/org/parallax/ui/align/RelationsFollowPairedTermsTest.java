package org.parallax.ui.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.segment.Segmenter;
import org.parallax.tagging.Edits;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.tag.ComparisonSession;

/** The suggested relations of untouched suggestions follow the terms the reader pairs. */
class RelationsFollowPairedTermsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
  private static final String A_TEXT =
      "The council calls the plan a renewal of the old mill quarter by the river.";
  private static final String B_TEXT =
      "The council plan is a clearance of the old mill quarter by the river.";
  private static final String PAIRED = "\u201crenewal\u201d / \u201cclearance\u201d, paired by you";

  private final ComparisonSession session = new ComparisonSession();
  private final Edits edits = new Edits(CLOCK, "Ada");
  private AlignmentViewModel alignment;

  @BeforeEach
  void alignTwoSentencesThatNameOnePlanDifferently() {
    alignment =
        new AlignmentViewModel(
            Segmenter::new,
            () -> new Aligner(AlignmentSettings.defaults().withLexicalOnly(true)),
            BackgroundRunner.inPlace(),
            CLOCK,
            session);
    alignment.align(document(A_TEXT), document(B_TEXT));
    assertThat(suggestion().suggestedRelation()).isNotEqualTo("reframe");
  }

  @Test
  void pairingTheTwoTermsMakesTheSuggestionAReframeNamingThePair() {
    pair("renewal", "clearance");

    assertThat(suggestion().suggestedRelation()).isEqualTo("reframe");
    assertThat(suggestion().relationReasons()).containsExactly(PAIRED);
    assertThat(suggestion().relation()).isEmpty();
  }

  @Test
  void undoingTheNewRelationsAndThenThePairingLeavesTheOldRelationAndRedoWorks() {
    String before = suggestion().suggestedRelation();
    pair("renewal", "clearance");

    session.undo(); // the relations made again
    assertThat(pairs(current())).isEqualTo(1);
    assertThat(suggestion().suggestedRelation()).isEqualTo(before);
    session.undo(); // the pairing
    assertThat(pairs(current())).isZero();
    assertThat(suggestion().suggestedRelation()).isEqualTo(before);
    assertThat(session.canRedoProperty().get()).isTrue();
    session.redo();
    session.redo();
    assertThat(suggestion().relationReasons()).containsExactly(PAIRED);
  }

  @Test
  void unpairingGivesTheSuggestionItsFormerRelationBack() {
    String before = suggestion().suggestedRelation();
    pair("renewal", "clearance");
    String tag = current().terms().get(0).id();

    session.apply(edits.unpairTerm(current(), tag));

    assertThat(suggestion().suggestedRelation()).isEqualTo(before);
  }

  @Test
  void aLinkTheReaderAcceptedKeepsItsSuggestedRelation() {
    String before = suggestion().suggestedRelation();
    session.apply(edits.accept(current(), suggestion().id()));

    pair("renewal", "clearance");

    assertThat(suggestion().suggestedRelation()).isEqualTo(before);
  }

  @Test
  void suggestingAgainJudgesTheFreshSuggestionsWithThePairedTerms() {
    pair("renewal", "clearance");
    List<Link> fresh = new ArrayList<>();

    alignment.suggestAgain(fresh::addAll);

    assertThat(fresh).hasSize(1);
    assertThat(fresh.get(0).relationReasons()).containsExactly(PAIRED);
  }

  @Test
  void whenTheRelationsCannotBeSuggestedAgainTheReaderIsToldAndTheOldOnesStay() {
    String before = suggestion().suggestedRelation();
    alignment.useAligner(
        () -> {
          throw new IllegalStateException("the model file is damaged");
        });

    pair("renewal", "clearance");

    assertThat(suggestion().suggestedRelation()).isEqualTo(before);
    assertThat(alignment.notices())
        .singleElement()
        .asString()
        .contains("could not be suggested again")
        .contains("the model file is damaged");
  }

  private void pair(String inA, String inB) {
    int a = A_TEXT.indexOf(inA);
    int b = B_TEXT.indexOf(inB);
    session.apply(edits.addTerm(current(), Side.A, a, a + inA.length(), "policy", ""));
    session.apply(edits.addTerm(current(), Side.B, b, b + inB.length(), "policy", ""));
    List<TermTag> terms = current().terms();
    session.apply(
        edits.pairTerms(
            current(), terms.get(terms.size() - 2).id(), terms.get(terms.size() - 1).id()));
  }

  private Comparison current() {
    return session.currentProperty().get();
  }

  private Link suggestion() {
    assertThat(current().links()).hasSize(1);
    return current().links().get(0);
  }

  private static long pairs(Comparison c) {
    return c.terms().stream().filter(t -> !t.pairedWith().isEmpty()).count() / 2;
  }

  private static Document document(String text) {
    return new Document(
        text, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())), null, null);
  }
}
