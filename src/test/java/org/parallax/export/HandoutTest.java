package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

class HandoutTest {
  private final ExportOptions options = ExportOptions.defaults(ExportFixture.EXPORTED);

  private static List<String> linkIds(Handout h) {
    return h.rows().stream().map(r -> r.link().id()).toList();
  }

  @Test
  void rowsFollowTheReadingOrderOfTheChosenSide() {
    assertThat(linkIds(Handout.of(ExportFixture.comparison(), options)))
        .containsExactly("L1", "L2", "L4", "L3");
    assertThat(linkIds(Handout.of(ExportFixture.comparison(), options.withOrder(Side.B))))
        .containsExactly("L1", "L2", "L3", "L4");
  }

  @Test
  void suggestionsAreLeftOutUnlessAskedForAndRejectedLinksAlways() {
    Handout with = Handout.of(ExportFixture.comparison(), options.withSuggestions(true));

    assertThat(linkIds(with)).containsExactly("L1", "L2", "L4", "L3", "L5");
    assertThat(with.rows().get(4).suggested()).isTrue();
    assertThat(with.rows().get(4).relation()).isEmpty();
  }

  @Test
  void rowsAreNumberedFromOneAndHoldEveryClaimOfTheLink() {
    AlignedRow second = Handout.of(ExportFixture.comparison(), options).rows().get(1);

    assertThat(second.number()).isEqualTo(2);
    assertThat(second.b()).extracting(Claim::id).containsExactly("B2", "B3");
    assertThat(second.relation().orElseThrow().label()).isEqualTo("Reframe");
  }

  @Test
  void onlyInListsTheClaimsWithoutAConfirmedLinkInTextOrder() {
    Handout h = Handout.of(ExportFixture.comparison(), options);

    assertThat(h.onlyIn(Side.A)).extracting(Claim::id).containsExactly("A5", "A6");
    assertThat(h.onlyIn(Side.B)).extracting(Claim::id).containsExactly("B6", "B7");
  }

  @Test
  void withSuggestionsAClaimInASuggestedRowIsNotAlsoOnlyInItsEssay() {
    Handout h = Handout.of(ExportFixture.comparison(), options.withSuggestions(true));
    AlignedRow suggested = h.rows().get(h.rows().size() - 1);

    assertThat(suggested.suggested()).isTrue();
    for (Side side : Side.values()) {
      assertThat(h.onlyIn(side)).doesNotContainAnyElementsOf(suggested.claims(side));
    }
    assertThat(h.onlyIn(Side.A)).extracting(Claim::id).containsExactly("A6");
    assertThat(h.onlyIn(Side.B)).extracting(Claim::id).containsExactly("B7");
  }

  @Test
  void noClaimOfAShownRowIsOnlyInItsEssayWhateverTheOptions() {
    for (ExportOptions o :
        List.of(options, options.withSuggestions(true), options.withOrder(Side.B))) {
      Handout h = Handout.of(ExportFixture.comparison(), o);
      for (AlignedRow row : h.rows()) {
        for (Side side : Side.values()) {
          assertThat(h.onlyIn(side)).doesNotContainAnyElementsOf(row.claims(side));
        }
      }
    }
  }

  @Test
  void aTermTaggedTwiceOnOneSideIsOneRowWithItsCountAndCounterpart() {
    TermRow blockade =
        Handout.of(ExportFixture.comparison(), options).termRows().stream()
            .filter(r -> r.term().equals("blockade"))
            .findFirst()
            .orElseThrow();

    assertThat(blockade.side()).isEqualTo(Side.B);
    assertThat(blockade.count()).isEqualTo(2);
    assertThat(blockade.counterparts()).containsExactly("humanitarian corridor");
    assertThat(blockade.frame().label()).isEqualTo("Security and defence");
  }

  @Test
  void termRowsStartWithTheChosenSideAndLeaveOutRejectedAndUnconfirmedTags() {
    List<String> a = termNames(Handout.of(ExportFixture.comparison(), options));
    List<String> b = termNames(Handout.of(ExportFixture.comparison(), options.withOrder(Side.B)));

    assertThat(a)
        .containsExactly(
            "A Xankəndi",
            "A humanitarian corridor",
            "A checkpoint",
            "A Şuşa",
            "B blockade",
            "B Stepanakert",
            "B checkpoint");
    assertThat(b.get(0)).isEqualTo("B blockade");
    assertThat(a).doesNotContain("A smuggling", "B Լաչինի ճանապարհը");
  }

  @Test
  void aCounterpartTheReaderHasNotConfirmedIsListedOnlyWhenSuggestionsAreShown() {
    Comparison c = ExportFixture.comparison();
    List<TermTag> terms =
        c.terms().stream()
            .map(
                t ->
                    switch (t.id()) {
                      case "T3" -> t.pairedTo("T9");
                      case "T9" -> t.pairedTo("T3");
                      default -> t;
                    })
            .toList();
    Comparison paired =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            c.b(),
            c.claims(),
            c.links(),
            terms,
            c.codebook(),
            c.prompts(),
            c.created(),
            c.modified());

    assertThat(row(Handout.of(paired, options), "blockade").counterparts())
        .containsExactly("humanitarian corridor");
    assertThat(row(Handout.of(paired, options.withSuggestions(true)), "blockade").counterparts())
        .containsExactly("smuggling", "humanitarian corridor");
  }

  private static TermRow row(Handout h, String term) {
    return h.termRows().stream().filter(r -> r.term().equals(term)).findFirst().orElseThrow();
  }

  private static List<String> termNames(Handout h) {
    return h.termRows().stream().map(r -> r.side() + " " + r.term()).toList();
  }

  @Test
  void relationCountsNameEveryRelationAndTheRowsWithoutOne() {
    List<String> counts =
        Handout.of(ExportFixture.comparison(), options.withSuggestions(true))
            .relationCounts()
            .stream()
            .map(c -> c.label() + " " + c.count())
            .toList();

    assertThat(counts)
        .containsExactly("Agree 1", "Contradict 1", "Reframe 1", "Partial 1", "No relation yet 1");
  }

  @Test
  void frameCountsCountTheShownTagsOfTheFramesInUse() {
    List<String> counts =
        Handout.of(ExportFixture.comparison(), options).frameCounts().stream()
            .map(c -> c.label() + " " + c.count())
            .toList();

    assertThat(counts)
        .containsExactly("Security and defence 3", "Health and safety 2", "Cultural identity 3");
  }
}
