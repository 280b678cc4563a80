package org.parallax.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.SidesSwapped;
import org.parallax.model.TagKind;
import org.parallax.tagging.LinkFilter;

class DeckTest {
  private final Comparison tagged = Classroom.tagged();

  @Test
  void linkSlidesFollowTheReadingOrderOfTheChosenSideWithoutRejectedLinks() {
    assertThat(linkIds(Deck.build(tagged, Side.A, LinkFilter.all())))
        .containsExactly("L1", "L2", "L3", "L5");
    assertThat(linkIds(Deck.build(tagged, Side.B, LinkFilter.all())))
        .containsExactly("L1", "L2", "L5", "L3");
  }

  @Test
  void theSidePanelsFilterChoosesWhichLinksAreShown() {
    LinkFilter contradictions = LinkFilter.all().withRelations(Set.of("contradict"));
    LinkFilter confirmed = LinkFilter.all().withStatuses(Set.of(LinkStatus.CONFIRMED));

    assertThat(linkIds(Deck.build(tagged, Side.A, contradictions))).containsExactly("L2", "L5");
    assertThat(linkIds(Deck.build(tagged, Side.A, confirmed))).containsExactly("L1", "L2", "L5");
  }

  @Test
  void theSlidesComeAsLinksThenTermPairsThenBlindspotsThenTheSummary() {
    List<Slide> slides = Deck.build(tagged, Side.A, LinkFilter.all()).slides();

    assertThat(slides.stream().map(s -> s.getClass().getSimpleName()).distinct())
        .containsExactly("LinkSlide", "TermPairSlide", "BlindspotSlide", "SummarySlide");
    assertThat(slides.get(slides.size() - 1)).isInstanceOf(SummarySlide.class);
  }

  @Test
  void eachClaimComesWithTheSentenceBeforeAndTheSentenceAfter() {
    LinkSlide roadLink = linkSlide(Deck.build(tagged, Side.A, LinkFilter.all()), "L2");

    assertThat(roadLink.left())
        .isEqualTo(
            new InContext(
                "The convoy reached Khankendi at dawn.",
                "Officials called the road open.",
                "Residents stayed indoors."));
    assertThat(roadLink.right())
        .isEqualTo(
            new InContext(
                "Aid trucks entered Stepanakert in the morning.",
                "The road stayed closed to civilians.",
                "Talks resumed in Brussels."));
  }

  @Test
  void atTheStartAndEndOfAnEssayThereIsNoContextOnThatSide() {
    Deck deck = Deck.build(tagged, Side.A, LinkFilter.all());

    assertThat(linkSlide(deck, "L1").left().before()).isEmpty();
    assertThat(linkSlide(deck, "L5").left().after()).isEmpty();
    assertThat(linkSlide(deck, "L5").left().before()).isEqualTo("Khankendi was quiet by noon.");
  }

  @Test
  void claimsOfOneLinkThatAreNotNeighboursAreJoinedWithAnEllipsis() {
    Comparison c =
        Classroom.comparison(
            tagged.claims(),
            List.of(
                Classroom.link(
                    "L9", List.of("A3", "A1"), List.of("B2"), LinkStatus.CONFIRMED, "", "")),
            List.of());

    InContext left = linkSlide(Deck.build(c, Side.A, LinkFilter.all()), "L9").left();

    assertThat(left.text())
        .isEqualTo("The convoy reached Khankendi at dawn. \u2026 Residents stayed indoors.");
    assertThat(left.before()).isEmpty();
    assertThat(left.after()).isEqualTo("Khankendi was quiet by noon.");
  }

  @Test
  void aLinkSlideCarriesItsRelationAndNoteAndNoPromptsYet() {
    LinkSlide slide = linkSlide(Deck.build(tagged, Side.A, LinkFilter.all()), "L2");

    assertThat(slide.relation().map(TagKind::label)).contains("Contradict");
    assertThat(slide.note()).isEqualTo("open versus closed");
    assertThat(slide.prompts()).isEmpty();
    assertThat(linkSlide(Deck.build(tagged, Side.A, LinkFilter.all()), "L3").relation()).isEmpty();
  }

  @Test
  void pairedTermsMakeOneSlidePerPairOfWordsWithTheirFramesAndCounts() {
    List<TermPairSlide> pairs = termPairs(Deck.build(tagged, Side.A, LinkFilter.all()));

    assertThat(pairs)
        .extracting(TermPairSlide::left, TermPairSlide::right)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Khankendi", "Stepanakert"),
            org.assertj.core.groups.Tuple.tuple("road", "road"));
    TermPairSlide names = pairs.get(0);
    assertThat(names.leftFrame().label()).isEqualTo("Cultural identity");
    assertThat(names.sameFrame()).isTrue();
    assertThat(names.count(Side.A)).isEqualTo(2);
    assertThat(names.count(Side.B)).isEqualTo(2);
    assertThat(names.frame(Side.B).id()).isEqualTo("cultural_identity");
  }

  @Test
  void termPairsWhoseTagsHaveAStatusTheFilterHidesAreLeftOut() {
    LinkFilter confirmed = LinkFilter.all().withStatuses(Set.of(LinkStatus.CONFIRMED));

    assertThat(termPairs(Deck.build(tagged, Side.A, confirmed)))
        .extracting(TermPairSlide::left)
        .containsExactly("Khankendi");
  }

  @Test
  void blindspotSlidesListTheClaimsNoConfirmedLinkCoversLeftEssayFirst() {
    List<BlindspotSlide> only = blindspots(Deck.build(tagged, Side.A, LinkFilter.all()));

    assertThat(only).extracting(BlindspotSlide::side).containsExactly(Side.A, Side.B);
    assertThat(only.get(0).claims())
        .containsExactly("Residents stayed indoors.", "Khankendi was quiet by noon.");
    assertThat(only.get(1).claims()).containsExactly("Stepanakert lost power at night.");
  }

  @Test
  void aLongListOfClaimsOnlyOneSideMakesIsSplitOverSeveralSlides() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 14; i++) {
      text.append(i == 1 ? "" : " ").append("Claim number ").append(i).append(" stands alone.");
    }
    List<Claim> claims = new ArrayList<>(Classroom.sentences(Side.A, text.toString()));
    claims.addAll(Classroom.sentences(Side.B, Classroom.TEXT_B));
    Comparison c =
        new Comparison(
            "Long",
            "",
            Classroom.document(text.toString(), ""),
            Classroom.document(Classroom.TEXT_B, ""),
            claims,
            List.of(),
            List.of(),
            null,
            null,
            null);

    List<BlindspotSlide> onlyLeft =
        blindspots(Deck.build(c, Side.A, LinkFilter.all())).stream()
            .filter(s -> s.side() == Side.A)
            .toList();

    assertThat(onlyLeft).extracting(s -> s.claims().size()).containsExactly(6, 6, 2);
    assertThat(onlyLeft).extracting(BlindspotSlide::part).containsExactly(1, 2, 3);
    assertThat(onlyLeft).allMatch(s -> s.parts() == 3 && s.total() == 14);
    assertThat(onlyLeft.get(2).claims())
        .containsExactly("Claim number 13 stands alone.", "Claim number 14 stands alone.");
  }

  @Test
  void theSummaryCountsTheShownLinksPerRelationTheFramesPerSideAndTheBlindspots() {
    SummarySlide summary = summary(Deck.build(tagged, Side.A, LinkFilter.all()));

    assertThat(summary.links()).isEqualTo(4);
    assertThat(summary.relations())
        .extracting(Tally::id, Tally::left)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("agree", 1),
            org.assertj.core.groups.Tuple.tuple("contradict", 2),
            org.assertj.core.groups.Tuple.tuple("reframe", 0),
            org.assertj.core.groups.Tuple.tuple("partial", 0),
            org.assertj.core.groups.Tuple.tuple("", 1));
    assertThat(summary.frames())
        .extracting(Tally::id, Tally::left, Tally::right)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("security", 1, 1),
            org.assertj.core.groups.Tuple.tuple("cultural_identity", 2, 1),
            org.assertj.core.groups.Tuple.tuple("political", 0, 1));
    assertThat(summary.onlyLeft()).isEqualTo(2);
    assertThat(summary.onlyRight()).isEqualTo(1);
  }

  @Test
  void theSummaryOfAFilteredDeckCountsOnlyTheLinksShown() {
    LinkFilter contradictions = LinkFilter.all().withRelations(Set.of("contradict"));

    SummarySlide summary = summary(Deck.build(tagged, Side.A, contradictions));

    assertThat(summary.links()).isEqualTo(2);
    assertThat(summary.relations()).extracting(Tally::id).doesNotContain("");
    assertThat(summary.relations())
        .filteredOn(t -> t.id().equals("agree"))
        .extracting(Tally::left)
        .containsExactly(0);
  }

  @Test
  void swappingTheSidesMirrorsEverySlide() {
    Deck deck = Deck.build(tagged, Side.A, LinkFilter.all());
    Deck swapped = Deck.build(SidesSwapped.of(tagged), Side.B, LinkFilter.all());

    assertThat(swapped.leftLabel()).isEqualTo("Armenian perspective");
    assertThat(swapped.rightLabel()).isEqualTo("Azerbaijani perspective");
    assertThat(linkIds(swapped)).isEqualTo(linkIds(deck));
    LinkSlide before = linkSlide(deck, "L2");
    LinkSlide after = linkSlide(swapped, "L2");
    assertThat(after.left()).isEqualTo(before.right());
    assertThat(after.right()).isEqualTo(before.left());
    assertThat(termPairs(swapped))
        .extracting(TermPairSlide::left, TermPairSlide::right)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Stepanakert", "Khankendi"),
            org.assertj.core.groups.Tuple.tuple("road", "road"));
    assertThat(blindspots(swapped).get(0).claims())
        .isEqualTo(blindspots(deck).get(blindspots(deck).size() - 1).claims());
    assertThat(summary(swapped).onlyLeft()).isEqualTo(summary(deck).onlyRight());
  }

  @Test
  void aComparisonWithoutLinksOrTermsStillHasItsBlindspotsAndSummary() {
    Comparison bare = Classroom.comparison(tagged.claims(), List.of(), List.of());

    Deck deck = Deck.build(bare, Side.A, LinkFilter.all());

    assertThat(linkIds(deck)).isEmpty();
    assertThat(deck.slides().get(deck.size() - 1)).isInstanceOf(SummarySlide.class);
    assertThat(summary(deck).onlyLeft()).isEqualTo(5);
    assertThat(deck.indexOfLink("L1")).isEqualTo(Optional.empty());
  }

  static List<String> linkIds(Deck deck) {
    return deck.slides().stream()
        .filter(LinkSlide.class::isInstance)
        .map(s -> ((LinkSlide) s).linkId())
        .toList();
  }

  private static LinkSlide linkSlide(Deck deck, String id) {
    return (LinkSlide) deck.slides().get(deck.indexOfLink(id).orElseThrow());
  }

  private static List<TermPairSlide> termPairs(Deck deck) {
    return deck.slides().stream()
        .filter(TermPairSlide.class::isInstance)
        .map(TermPairSlide.class::cast)
        .toList();
  }

  private static List<BlindspotSlide> blindspots(Deck deck) {
    return deck.slides().stream()
        .filter(BlindspotSlide.class::isInstance)
        .map(BlindspotSlide.class::cast)
        .toList();
  }

  private static SummarySlide summary(Deck deck) {
    return (SummarySlide) deck.slides().get(deck.size() - 1);
  }
}
