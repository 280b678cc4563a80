package org.parallax.ui.tag;

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
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.segment.Segmenter;
import org.parallax.ui.Messages;
import org.parallax.ui.align.AlignmentViewModel;
import org.parallax.ui.align.Partner;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.support.Notice;

class TaggingViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);
  private static final String A_TEXT =
      "The bridge closed on 4 March. A ferry now runs. The bridge had cracks.";
  private static final String B_TEXT = "Residents lost the bridge. The ferry runs twice a day.";
  private final ComparisonSession session = new ComparisonSession();
  private final List<Notice> notices = new ArrayList<>();
  private AlignmentViewModel alignment;
  private TaggingViewModel tagging;
  private Comparison start;

  @BeforeEach
  void showAComparisonWithOneSuggestion() {
    alignment =
        new AlignmentViewModel(
            Segmenter::new,
            () -> new Aligner(AlignmentSettings.defaults().withLexicalOnly(true)),
            BackgroundRunner.inPlace(),
            CLOCK,
            session);
    tagging =
        new TaggingViewModel(session, alignment, BackgroundRunner.inPlace(), CLOCK, notices::add);
    tagging.annotatorProperty().set("Ada");
    Document a = document(A_TEXT);
    Document b = document(B_TEXT);
    List<Claim> claims =
        List.of(
            new Claim("A1", Side.A, 0, 29),
            new Claim("A2", Side.A, 30, 47),
            new Claim("A3", Side.A, 48, 70),
            new Claim("B1", Side.B, 0, 26),
            new Claim("B2", Side.B, 27, 54));
    Link suggestion =
        new Link(
            "L1",
            List.of("A2"),
            List.of("B2"),
            LinkStatus.SUGGESTED,
            "",
            0.8,
            List.of("shared: ferry"),
            "",
            "",
            Instant.EPOCH,
            Instant.EPOCH);
    start =
        new Comparison(
            "bridge",
            "",
            a,
            b,
            claims,
            List.of(suggestion),
            List.of(),
            Codebook.defaults(),
            Instant.EPOCH,
            Instant.EPOCH);
    alignment.show(start, true);
  }

  @Test
  void addToLexiconHandsThePairedTermsWordsOnEachSideAndItsFrameToTheKeeper() {
    List<String> kept = new ArrayList<>();
    tagging.useLexiconKeeper(
        line -> {
          kept.add(line);
          return "kept";
        });
    int ferry = A_TEXT.indexOf("ferry");
    int residents = B_TEXT.indexOf("Residents");
    tagging.edit(edits -> c -> edits.addTerm(c, Side.B, residents, residents + 9, "security", ""));
    tagging.edit(edits -> c -> edits.addTerm(c, Side.A, ferry, ferry + 5, "security", ""));
    TermTag onB = termOn(Side.B);
    TermTag onA = termOn(Side.A);
    tagging.addToLexicon(onA);
    assertThat(kept).isEmpty();
    assertThat(notices.get(notices.size() - 1).text())
        .isEqualTo(Messages.get("terms.addToLexicon.unpaired"));

    tagging.edit(edits -> c -> edits.pairTerms(c, onA.id(), onB.id()));
    tagging.addToLexicon(termOn(Side.B));

    assertThat(kept).containsExactly("ferry\tResidents\tframe:security");
    assertThat(notices.get(notices.size() - 1).text()).isEqualTo("kept");
  }

  private TermTag termOn(Side side) {
    return session.currentProperty().get().terms().stream()
        .filter(t -> t.side() == side)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void clickingALinkedClaimMakesItsLinkCurrentAndEnterConfirmsIt() {
    tagging.clickAt(Side.A, 35, false);
    assertThat(tagging.currentLinkProperty().get().id()).isEqualTo("L1");
    tagging.accept();
    Link accepted = session.currentProperty().get().links().get(0);
    assertThat(accepted.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(tagging.currentLinkProperty().get()).isEqualTo(accepted);
    assertThat(session.savedProperty().get()).isFalse();
  }

  @Test
  void aRelationGivenToASuggestionConfirmsItAndOneUndoTakesBackBoth() {
    tagging.clickAt(Side.A, 35, false);

    tagging.setRelation("agree");

    Link related = session.currentProperty().get().links().get(0);
    assertThat(related.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(related.relation()).isEqualTo("agree");
    session.undo();
    assertThat(session.currentProperty().get().links()).isEqualTo(start.links());
  }

  @Test
  void aClickThatTurnsOutToSelectWordsPutsBackTheChoiceBeforeIt() {
    tagging.clickAt(Side.B, 3, false);
    tagging.clickAt(Side.A, 2, false);

    tagging.selectedWordsByClicking();

    assertThat(tagging.chosen(Side.A)).isEmpty();
    assertThat(tagging.chosen(Side.B)).extracting(Claim::id).containsExactly("B1");
    assertThat(alignment.selectedProperty().get().id()).isEqualTo("B1");
    assertThat(tagging.activeSideProperty().get()).isEqualTo(Side.B);
  }

  @Test
  void choosingAPartnerInTheListMakesItsLinkTheCurrentOneSoEnterConfirmsThatLink() {
    tagging.clickAt(Side.A, 35, false);
    tagging.clickAt(Side.B, 3, false);
    tagging.linkChosen("");
    assertThat(tagging.currentLinkProperty().get().bClaims()).containsExactly("B1");
    tagging.clickAt(Side.A, 35, false);
    assertThat(tagging.currentLinkProperty().get().bClaims()).containsExactly("B1");

    Partner suggested =
        alignment.partners().stream()
            .filter(p -> p.claim().id().equals("B2"))
            .findFirst()
            .orElseThrow();
    tagging.choosePartner(suggested);
    assertThat(tagging.currentLinkProperty().get().id()).isEqualTo("L1");
    tagging.accept();
    assertThat(session.currentProperty().get().links())
        .filteredOn(l -> l.id().equals("L1"))
        .extracting(Link::status)
        .containsExactly(LinkStatus.CONFIRMED);
  }

  @Test
  void claimsChosenOnBothSidesAreLinkedInOneUndoableStep() {
    tagging.clickAt(Side.A, 2, false);
    tagging.clickAt(Side.A, 50, true);
    tagging.clickAt(Side.B, 3, false);
    tagging.linkChosen("contradict");
    Link made = tagging.currentLinkProperty().get();
    assertThat(made.aClaims()).containsExactly("A1", "A3");
    assertThat(made.bClaims()).containsExactly("B1");
    assertThat(made.relation()).isEqualTo("contradict");
    assertThat(made.status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(made.annotator()).isEqualTo("Ada");

    session.undo();
    assertThat(session.currentProperty().get()).isEqualTo(start);
    assertThat(session.savedProperty().get()).isTrue();
    session.redo();
    assertThat(session.currentProperty().get().links()).hasSize(2);
  }

  @Test
  void anEditSetsWhenTheComparisonChangedAndUndoingPutsTheEarlierTimeBack() {
    assertThat(start.modified()).isEqualTo(Instant.EPOCH);
    tagging.tagTerm(Side.A, 4, 10, "security");
    assertThat(session.currentProperty().get().modified()).isEqualTo(CLOCK.instant());

    session.undo();
    assertThat(session.currentProperty().get()).isEqualTo(start);
    assertThat(session.savedProperty().get()).isTrue();

    session.redo();
    assertThat(session.currentProperty().get().modified()).isEqualTo(CLOCK.instant());
    assertThat(session.currentProperty().get().created()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void claimsChosenOnlyByFocusingALinkAreNotLinkedWithTheReadersNextPick() {
    tagging.focus(start.links().get(0));
    assertThat(tagging.chosen(Side.B)).extracting(Claim::id).containsExactly("B2");

    tagging.clickAt(Side.A, 2, false);
    tagging.clickAt(Side.B, 3, true);
    tagging.linkChosen("agree");

    Link made = tagging.currentLinkProperty().get();
    assertThat(made.aClaims()).containsExactly("A1");
    assertThat(made.bClaims()).containsExactly("B1");
  }

  @Test
  void aChoiceSpentOnALinkIsNotTheReadersChoiceForTheNextOne() {
    tagging.clickAt(Side.A, 2, false);
    tagging.clickAt(Side.B, 3, false);
    tagging.linkChosen("agree");
    assertThat(tagging.pickedByReader(Side.B)).isEmpty();

    tagging.clickAt(Side.A, 50, false);
    tagging.clickAt(Side.B, 30, true);
    tagging.linkChosen("contradict");

    Link made = tagging.currentLinkProperty().get();
    assertThat(made.aClaims()).containsExactly("A3");
    assertThat(made.bClaims()).containsExactly("B2");
  }

  @Test
  void anotherComparisonStartsWithNothingPickedEvenWhereIdsRepeat() {
    tagging.focus(start.links().get(0));
    tagging.clickAt(Side.B, 3, true);

    alignment.show(start, true);

    assertThat(tagging.currentLinkProperty().get()).isNull();
    assertThat(tagging.chosen(Side.A)).isEmpty();
    assertThat(tagging.chosen(Side.B)).isEmpty();
  }

  @Test
  void aPlainClickKeepsWhatTheReaderChoseOnTheOtherSide() {
    tagging.clickAt(Side.B, 3, false);
    tagging.clickAt(Side.A, 2, false);
    assertThat(tagging.chosen(Side.B)).extracting(Claim::id).containsExactly("B1");
  }

  @Test
  void addingToAChoiceMadeBeforeAFreshClickOnTheOtherSideStartsItAnew() {
    tagging.clickAt(Side.B, 3, false);
    tagging.clickAt(Side.A, 2, false);
    tagging.clickAt(Side.B, 30, true);
    tagging.linkChosen("");

    Link made = tagging.currentLinkProperty().get();
    assertThat(made.aClaims()).containsExactly("A1");
    assertThat(made.bClaims()).containsExactly("B2");
  }

  @Test
  void addingToAChoiceMadeAfterTheOtherSidesClickKeepsIt() {
    tagging.clickAt(Side.A, 2, false);
    tagging.clickAt(Side.B, 3, false);
    tagging.clickAt(Side.B, 30, true);
    tagging.linkChosen("");

    assertThat(tagging.currentLinkProperty().get().bClaims()).containsExactly("B1", "B2");
  }

  @Test
  void linkingWithNothingChosenOnOneSideSaysWhatToDo() {
    tagging.clickAt(Side.A, 2, false);
    tagging.linkChosen("");
    assertThat(session.currentProperty().get()).isEqualTo(start);
    assertThat(notices).extracting(Notice::error).containsExactly(true);
  }

  @Test
  void eachRelationKeyReplacesTheCurrentLinksRelation() {
    tagging.clickAt(Side.B, 30, false);
    for (String relation : List.of("agree", "contradict", "reframe", "partial")) {
      tagging.setRelation(relation);
      assertThat(session.currentProperty().get().links().get(0).relation()).isEqualTo(relation);
    }
  }

  @Test
  void notesAreStoredOnTheCurrentLinkAndAnUnchangedNoteMakesNoStep() {
    tagging.clickAt(Side.A, 35, false);
    tagging.setNote("Both mention the ferry.");
    assertThat(session.currentProperty().get().links().get(0).note())
        .isEqualTo("Both mention the ferry.");
    Comparison noted = session.currentProperty().get();
    tagging.setNote("Both mention the ferry.");
    assertThat(session.currentProperty().get()).isSameAs(noted);
  }

  @Test
  void termsAreSuggestedFromTheLexiconTheReaderAlignsWith() throws Exception {
    tagging.suggestTerms();
    assertThat(session.currentProperty().get().terms()).isEmpty();
    assertThat(notices).last().extracting(Notice::error).isEqualTo(false);

    tagging.useLexicon(
        () -> {
          try {
            return org.parallax.align.EquivalenceLexicon.parse(
                new java.io.StringReader("cracks = damage\n"));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    tagging.suggestTerms();

    List<TermTag> terms = session.currentProperty().get().terms();
    assertThat(terms).hasSize(1);
    assertThat(A_TEXT.substring(terms.get(0).start(), terms.get(0).end())).isEqualTo("cracks");
    assertThat(terms.get(0).status()).isEqualTo(LinkStatus.SUGGESTED);
  }

  @Test
  void taggingATermOffersEveryOtherOccurrenceInBothEssays() {
    tagging.tagTerm(Side.A, 4, 10, "security");
    assertThat(session.currentProperty().get().terms()).hasSize(1);
    assertThat(tagging.offeredOccurrences())
        .extracting(span -> span.side() + ":" + span.start())
        .containsExactlyInAnyOrder("A:52", "B:19");
    tagging.tagOfferedOccurrences();
    assertThat(session.currentProperty().get().terms())
        .hasSize(3)
        .allSatisfy(t -> assertThat(t.frame()).isEqualTo("security"));
    assertThat(tagging.offeredOccurrences()).isEmpty();
    session.undo();
    assertThat(session.currentProperty().get().terms()).hasSize(1);
  }

  @Test
  void occurrencesFoundInTheBackgroundAreOfferedOnlyWhileTheirTermIsStillTheLatestEdit() {
    List<Runnable> searches = new ArrayList<>();
    TaggingViewModel later =
        new TaggingViewModel(
            session, alignment, new BackgroundRunner(searches::add, Runnable::run), CLOCK, n -> {});

    later.tagTerm(Side.A, 4, 10, "security");
    assertThat(later.offeredOccurrences()).isEmpty();
    searches.remove(0).run();
    assertThat(later.offeredOccurrences()).hasSize(2);

    // Tag "ferry", then undo it before its search comes back: nothing is offered for it.
    int ferry = A_TEXT.indexOf("ferry");
    later.tagTerm(Side.A, ferry, ferry + "ferry".length(), "");
    assertThat(later.offeredOccurrences()).isEmpty();
    session.undo();
    searches.remove(0).run();
    assertThat(later.offeredOccurrences()).isEmpty();
  }

  @Test
  void nextWalksTheLinksInReadingOrder() {
    tagging.clickAt(Side.A, 2, false);
    tagging.clickAt(Side.B, 3, false);
    tagging.linkChosen("agree");
    tagging.focus(null);
    assertThat(tagging.step(Side.A, true))
        .hasValueSatisfying(l -> assertThat(l.aClaims()).containsExactly("A1"));
    assertThat(tagging.step(Side.A, true))
        .hasValueSatisfying(l -> assertThat(l.id()).isEqualTo("L1"));
    assertThat(tagging.chosen(Side.B)).extracting(Claim::id).containsExactly("B2");
    assertThat(tagging.step(Side.A, true)).isEmpty();
    assertThat(notices).last().extracting(Notice::text).isEqualTo(Messages.get("tag.noNextLink"));
  }

  @Test
  void splittingAClaimKeepsItsLinkOnBothHalvesAndMergingUndoesIt() {
    tagging.splitAt(Side.A, 36);
    Comparison split = session.currentProperty().get();
    assertThat(split.claims(Side.A)).hasSize(4);
    Link link = split.links().get(0);
    assertThat(link.aClaims()).hasSize(2);
    session.undo();
    assertThat(session.currentProperty().get()).isEqualTo(start);
  }

  @Test
  void aClaimDroppedOnAClaimOfTheOtherEssayIsLinkedToIt() {
    tagging.linkDragged("A3", Side.B, 5);
    Link made = tagging.currentLinkProperty().get();
    assertThat(made.aClaims()).containsExactly("A3");
    assertThat(made.bClaims()).containsExactly("B1");
    assertThat(made.status()).isEqualTo(LinkStatus.CONFIRMED);
  }

  @Test
  void aClaimDroppedOnItsOwnEssayLinksNothingAndSaysWhy() {
    tagging.linkDragged("A3", Side.A, 5);
    assertThat(session.currentProperty().get()).isEqualTo(start);
    assertThat(notices).extracting(Notice::error).containsExactly(true);
  }

  private static Document document(String text) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY,
        List.of());
  }
}
