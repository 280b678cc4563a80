package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.SidesSwapped;
import org.parallax.model.TagKind;
import org.parallax.model.TermTag;

class TermPairsTest {
  private static final String A =
      "Khankendi fell. In Khankendi the road closed. KHANKENDI is calm. Residents left.";
  private static final String B =
      "The population fled. Stepanakert fell. Stepanakert mourned. The road is shut.";

  /**
   * Khankendi is tagged three times (twice paired with Stepanakert, once alone, once in capitals);
   * Residents and population are a suggested pair; a rejected road is paired with a confirmed one.
   */
  private static Comparison tagged() {
    List<TermTag> terms = new ArrayList<>();
    terms.add(
        tag("T1", Side.A, A, "Khankendi", 0, "cultural_identity", "T4", LinkStatus.CONFIRMED));
    terms.add(tag("T2", Side.A, A, "Khankendi", 1, "political", "T5", LinkStatus.CONFIRMED));
    terms.add(tag("T3", Side.A, A, "KHANKENDI", 0, "cultural_identity", "", LinkStatus.CONFIRMED));
    terms.add(
        tag("T4", Side.B, B, "Stepanakert", 0, "cultural_identity", "T1", LinkStatus.CONFIRMED));
    terms.add(
        tag("T5", Side.B, B, "Stepanakert", 1, "cultural_identity", "T2", LinkStatus.CONFIRMED));
    terms.add(tag("T6", Side.A, A, "Residents", 0, "no_such_frame", "T7", LinkStatus.SUGGESTED));
    terms.add(tag("T7", Side.B, B, "population", 0, "health", "T6", LinkStatus.CONFIRMED));
    terms.add(tag("T8", Side.A, A, "road", 0, "security", "T9", LinkStatus.REJECTED));
    terms.add(tag("T9", Side.B, B, "road", 0, "security", "T8", LinkStatus.CONFIRMED));
    return Fixtures.comparison(A, B, List.of(), List.of(), terms);
  }

  private final Comparison tagged = tagged();

  @Test
  void pairedTagsAreGroupedByTheirWordsInTheOrderTheChosenSideFirstUsesThem() {
    assertThat(TermPairs.of(tagged, Side.A))
        .extracting(p -> p.a().words(), p -> p.b().words())
        .containsExactly(tuple("Khankendi", "Stepanakert"), tuple("Residents", "population"));
    assertThat(TermPairs.of(tagged, Side.B))
        .extracting(p -> p.a().words(), p -> p.b().words())
        .containsExactly(tuple("Residents", "population"), tuple("Khankendi", "Stepanakert"));
  }

  @Test
  void eachSideCountsEveryTagOfItsWordsIgnoringCaseWhetherPairedOrNot() {
    TermPair names = TermPairs.of(tagged, Side.A).get(0);

    assertThat(names.a().count()).isEqualTo(3);
    assertThat(names.b().count()).isEqualTo(2);
    assertThat(names.a().tagIds()).containsExactly("T1", "T2");
    assertThat(names.b().tagIds()).containsExactly("T4", "T5");
    assertThat(names.tagIds()).containsExactly("T1", "T4", "T2", "T5");
    assertThat(names.a().first().id()).isEqualTo("T1");
  }

  @Test
  void eachSideListsTheFramesOfItsPairedTagsOnceInTextOrder() {
    TermPair names = TermPairs.of(tagged, Side.A).get(0);

    assertThat(names.a().frames())
        .extracting(TagKind::label)
        .containsExactly("Cultural identity", "Political");
    assertThat(names.b().frames()).extracting(TagKind::id).containsExactly("cultural_identity");
    TermPair people = TermPairs.of(tagged, Side.A).get(1);
    assertThat(people.a().frame().label()).isEqualTo("no_such_frame");
    assertThat(people.a().frame().colour()).isEqualTo("#9e9e9e");
  }

  @Test
  void aPairWithASuggestedTagIsSuggestedAndOneOfConfirmedTagsIsConfirmed() {
    assertThat(TermPairs.of(tagged, Side.A))
        .extracting(TermPair::status)
        .containsExactly(LinkStatus.CONFIRMED, LinkStatus.SUGGESTED);
  }

  @Test
  void aRejectedTagPairsWithNothingAndTheFilterLeavesOutPairsWithATagItHides() {
    assertThat(TermPairs.of(tagged, Side.A))
        .noneMatch(p -> p.tagIds().contains("T8") || p.tagIds().contains("T9"));
    assertThat(TermPairs.of(tagged, Side.A, s -> s == LinkStatus.CONFIRMED))
        .extracting(p -> p.a().words())
        .containsExactly("Khankendi");
  }

  @Test
  void aTagPairedWithATermOnItsOwnSideOrWithAMissingTagMakesNoPair() {
    List<TermTag> terms =
        List.of(
            tag("T1", Side.A, A, "Khankendi", 0, "other", "T2", LinkStatus.CONFIRMED),
            tag("T2", Side.A, A, "Residents", 0, "other", "T1", LinkStatus.CONFIRMED),
            tag("T3", Side.B, B, "road", 0, "other", "T99", LinkStatus.CONFIRMED));

    assertThat(TermPairs.of(Fixtures.comparison(A, B, List.of(), List.of(), terms), Side.A))
        .isEmpty();
  }

  @Test
  void swappingTheSidesSwapsEachPairsTermsAndChangesNothingElse() {
    List<TermPair> before = TermPairs.of(tagged, Side.A);
    List<TermPair> after = TermPairs.of(SidesSwapped.of(tagged), Side.B);

    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(summary(after.get(i).a())).isEqualTo(summary(before.get(i).b()));
      assertThat(summary(after.get(i).b())).isEqualTo(summary(before.get(i).a()));
      assertThat(after.get(i).status()).isEqualTo(before.get(i).status());
      assertThat(after.get(i).tagIds()).containsExactlyInAnyOrderElementsOf(before.get(i).tagIds());
    }
  }

  private static List<Object> summary(TermPair.Term term) {
    return List.of(term.words(), term.frames(), term.count(), term.tagIds());
  }

  /** A tag on the {@code nth} (from 0) whole occurrence of {@code word} in {@code text}. */
  private static TermTag tag(
      String id,
      Side side,
      String text,
      String word,
      int nth,
      String frame,
      String pairedWith,
      LinkStatus status) {
    int start = text.indexOf(word);
    for (int i = 0; i < nth; i++) {
      start = text.indexOf(word, start + 1);
    }
    return new TermTag(
        id,
        side,
        start,
        start + word.length(),
        frame,
        "",
        pairedWith,
        status,
        "ana",
        Fixtures.T0,
        Fixtures.T0);
  }
}
