package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationRulesTest {

  private final FeatureExtractor extractor = new FeatureExtractor(lexicon());

  private static EquivalenceLexicon lexicon() {
    try {
      return EquivalenceLexicon.bundled()
          .with(new StringReader("Corran Gap\tTullow Bend\nreintegration\texodus"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private RelationEvidence link(String a, String b, double meaning) {
    return RelationEvidence.of(extractor, List.of(a), List.of(b), meaning);
  }

  @Test
  void differentCountsOfTheSameThingContradict() {
    Optional<SuggestedRelation> s =
        new DifferingFigures()
            .judge(
                link(
                    "More than 300 residents came to the consultation evening.",
                    "Barely 80 people came to the meeting.",
                    0.5));
    assertThat(s).contains(SuggestedRelation.of("contradict", "300 residents vs 80 people"));
  }

  @Test
  void aFigureInWordsIsTheSameFigureInDigits() {
    RelationEvidence same =
        link("The cost is £14 million.", "The headline price is fourteen million pounds.", 0.5);
    assertThat(new DifferingFigures().judge(same)).isEmpty();
    assertThat(new SharedFigure().judge(same).map(SuggestedRelation::relation)).contains("reframe");
  }

  @Test
  void aShareAndACountAreNotComparedButTwoSharesAre() {
    assertThat(
            new DifferingFigures()
                .judge(
                    link(
                        "Two thirds of the parents who answered supported the merger.",
                        "The survey was returned by only 31 families.",
                        0.4)))
        .isEmpty();
    assertThat(
            new DifferingFigures()
                .judge(
                    link(
                        "Bread costs a third more than in summer.",
                        "Bread costs 5% more than in summer.",
                        0.7)))
        .contains(SuggestedRelation.of("contradict", "a third vs 5%"));
  }

  @Test
  void aThirdAndThirtyThreePerCentAreTheSameFigure() {
    RelationEvidence same =
        link("Bread costs a third more than in summer.", "Bread costs 33% more.", 0.7);

    assertThat(new DifferingFigures().judge(same)).isEmpty();
    assertThat(new SharedFigure().judge(same).map(SuggestedRelation::relation)).contains("reframe");
  }

  @Test
  void differentDaysContradict() {
    assertThat(
            new DifferingFigures()
                .judge(link("The vote was on 3 March.", "The vote was held on March 5th.", 0.6))
                .map(SuggestedRelation::reasons))
        .contains(List.of("3 March vs March 5th"));
  }

  @Test
  void theSameDayIsTheSameEvent() {
    assertThat(
            new SameEvent()
                .judge(link("On 9 July the committee will decide.", "It meets on July 9th.", 0.7)))
        .contains(SuggestedRelation.of("agree", "same event: 9 July"));
  }

  @Test
  void twoNamesOfOnePlaceAreAReframe() {
    assertThat(
            new ContestedNames()
                .judge(
                    link(
                        "An embankment at Corran Gap will hold back floodwater.",
                        "A wall at Tullow Bend will drown a river.",
                        0.4)))
        .contains(SuggestedRelation.of("reframe", "named differently: Corran Gap / Tullow Bend"));
  }

  @Test
  void termsTheReaderPairedAreAReframeWhenEachSideCarriesItsOwn() {
    RelationEvidence link =
        new RelationEvidence(
            List.of(extractor.extract("The road to Khankendi was reopened.")),
            List.of(extractor.extract("The road into Stepanakert stayed shut.")),
            0.7,
            List.of(new PairedTerm("Khankendi", "Stepanakert")));

    assertThat(new ReadersPairedTerms().judge(link))
        .contains(
            SuggestedRelation.of(
                "reframe", "\u201cKhankendi\u201d / \u201cStepanakert\u201d, paired by you"));
  }

  @Test
  void aPairedTermOnOneSideOnlyOrInsideAnotherWordIsNoReframe() {
    List<PairedTerm> paired = List.of(new PairedTerm("resettlement", "eviction"));
    RelationEvidence oneSide =
        new RelationEvidence(
            List.of(extractor.extract("The resettlement began at dawn.")),
            List.of(extractor.extract("Buses left at dawn.")),
            0.7,
            paired);
    RelationEvidence insideAWord =
        new RelationEvidence(
            List.of(extractor.extract("The resettlements began at dawn.")),
            List.of(extractor.extract("The eviction began at dawn.")),
            0.7,
            paired);

    assertThat(new ReadersPairedTerms().judge(oneSide)).isEmpty();
    assertThat(new ReadersPairedTerms().judge(insideAWord)).isEmpty();
  }

  @Test
  void theReadersPairOutranksTheFallback() {
    RelationEvidence link =
        new RelationEvidence(
            List.of(extractor.extract("The families chose the resettlement.")),
            List.of(extractor.extract("The families chose eviction.")),
            0.9,
            List.of(new PairedTerm("resettlement", "eviction")));

    assertThat(new RelationRules().suggest(link).relation()).isEqualTo("reframe");
  }

  @Test
  void theSameNameOnBothSidesIsNoReframe() {
    assertThat(
            new ContestedNames()
                .judge(link("The wall at Corran Gap.", "The embankment at Corran Gap.", 0.4)))
        .isEmpty();
  }

  @Test
  void aDenialOnOneSideOnlyContradicts() {
    assertThat(
            new OneSidedNegation()
                .judge(
                    link(
                        "The fish pass will carry the salmon upstream.",
                        "No fish pass has ever carried salmon over a barrier that tall.",
                        0.6)))
        .contains(SuggestedRelation.of("contradict", "only B denies: \u201cno\u201d"));
  }

  @Test
  void aLimitOrAPriceIsNoDenial() {
    assertThat(
            new OneSidedNegation()
                .judge(
                    link("Classes have no more than 28 pupils.", "Classes have 28 pupils.", 0.6)))
        .isEmpty();
    assertThat(
            new OneSidedNegation()
                .judge(
                    link("The hall is offered at no charge.", "The village keeps the hall.", 0.6)))
        .isEmpty();
  }

  @Test
  void notUntilAndNotOnlySayWhenAndHowMuchNotWhether() {
    assertThat(
            new OneSidedNegation()
                .judge(
                    link(
                        "The new road opens in the second year.",
                        "The new road would not open until the third year.",
                        0.6)))
        .isEmpty();
    assertThat(
            new OneSidedNegation()
                .judge(
                    link(
                        "The bus carries pupils.",
                        "The bus carries not only pupils but their parents.",
                        0.6)))
        .isEmpty();
  }

  @Test
  void aFigureQuotedOnlyToBeCorrectedContradicts() {
    RelationEvidence quoted =
        RelationEvidence.of(
            extractor,
            List.of("The journey takes about fifteen minutes."),
            List.of(
                "The board says the journey takes fifteen minutes.",
                "Anyone who has driven it in winter knows it takes closer to forty."),
            0.5);

    assertThat(new CorrectedFigure().judge(quoted))
        .contains(SuggestedRelation.of("contradict", "fifteen minutes vs forty"));
  }

  @Test
  void theCorrectionIsTheLaterFigureNearestTheQuotedOneInSize() {
    RelationEvidence quoted =
        RelationEvidence.of(
            extractor,
            List.of("The sale will raise £3.2 million."),
            List.of(
                "The council says the land will fetch £3.2 million.",
                "Two valuers put its worth at nearer five million pounds."),
            0.5);

    assertThat(new CorrectedFigure().judge(quoted))
        .contains(SuggestedRelation.of("contradict", "3.2 million vs five million pounds"));
  }

  @Test
  void aSecondFigureInTheSameClaimOrBeforeTheRepeatedOneIsNoCorrection() {
    RelationEvidence sameClaim =
        link(
            "Classes have 28 pupils.", "Our children go from classes of 15 to classes of 28.", 0.5);
    RelationEvidence before =
        RelationEvidence.of(
            extractor,
            List.of("The quarry takes 22 hectares."),
            List.of("It has worked here for 70 years.", "Now it wants 22 hectares more."),
            0.5);

    assertThat(new CorrectedFigure().judge(sameClaim)).isEmpty();
    assertThat(new CorrectedFigure().judge(before)).isEmpty();
  }

  @Test
  void aDenialOnBothSidesIsNoContradiction() {
    assertThat(
            new OneSidedNegation()
                .judge(link("No teacher will lose a job.", "Nobody will lose a job.", 0.7)))
        .isEmpty();
  }

  @Test
  void twoDenialsOfOneMatterAgree() {
    assertThat(
            new BothDeny()
                .judge(link("No teacher will lose their job.", "Nobody will lose a job.", 0.6)))
        .contains(SuggestedRelation.of("agree", "both deny: \u201cno\u201d / \u201cnobody\u201d"));
    assertThat(
            new BothDeny()
                .judge(link("No teacher will lose their job.", "Teachers will lose jobs.", 0.6)))
        .isEmpty();
  }

  @Test
  void twoDenialsOutrankTwoNamesForOnePlace() {
    assertThat(
            new RelationRules()
                .suggest(
                    link(
                        "Nothing has crossed at Corran Gap since May.",
                        "No car has crossed at Tullow Bend since May.",
                        0.5))
                .relation())
        .isEqualTo("agree");
  }

  @Test
  void oppositeWordsContradict() {
    assertThat(
            new OppositeWords()
                .judge(
                    link(
                        "Traffic in the centre has decreased since spring.",
                        "Traffic in the centre has increased since spring.",
                        0.9)))
        .contains(SuggestedRelation.of("contradict", "opposites: decreased / increased"));
  }

  @Test
  void aQualifierOnOneSideMakesItPartial() {
    assertThat(
            new HedgedCoverage()
                .judge(
                    link(
                        "Construction will bring around 120 jobs.",
                        "The jobs will last only as long as the building work.",
                        0.5)))
        .contains(SuggestedRelation.of("partial", "B qualifies it: \u201conly\u201d"));
  }

  @Test
  void oneSideCoveringMoreClaimsIsPartial() {
    RelationEvidence link =
        RelationEvidence.of(
            extractor,
            List.of("The bus leaves at eight."),
            List.of("The bus leaves at eight.", "It returns at four."),
            0.8);
    assertThat(new HedgedCoverage().judge(link).map(SuggestedRelation::relation))
        .contains("partial");
  }

  @Test
  void claimsCloseInMeaningAgreeAndNameWhatTheyShare() {
    assertThat(
            new SameFiguresAndNames()
                .judge(
                    link(
                        "The square was named for Pell Aldric in 1952.",
                        "Aldric Square has carried the name of Pell Aldric since 1952.",
                        0.79)))
        .contains(
            SuggestedRelation.of("agree", "same: Pell Aldric, 1952", "close in meaning (0.79)"));
    assertThat(new SameFiguresAndNames().judge(link("A is so.", "B is so.", 0.5))).isEmpty();
  }

  @Test
  void theRulesAreAskedInOrderOfPriority() {
    // Both a denial and differing figures: the figures speak first.
    SuggestedRelation s =
        new RelationRules()
            .suggest(
                link("More than 300 residents came.", "Barely 80 people came, not a crowd.", 0.5));
    assertThat(s.relation()).isEqualTo("contradict");
    assertThat(s.reasons()).containsExactly("300 residents vs 80 people");
  }

  @Test
  void whenNoRuleSpeaksCloseClaimsAgreeAndOthersReframe() {
    assertThat(new RelationRules().suggest(link("The mayor spoke.", "The mayor talked.", 0.65)))
        .isEqualTo(SuggestedRelation.of("agree", "close in meaning (0.65)"));
    assertThat(new RelationRules().suggest(link("The lake is a gift.", "The pit is a hole.", 0.5)))
        .isEqualTo(SuggestedRelation.of("reframe", "the same matter in other words (0.50)"));
  }
}
