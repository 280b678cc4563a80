package org.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.SidesSwapped;
import org.parallax.model.TermTag;

class SummaryTest {
  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  // Four claims of 10 characters a side ("Claim A1. " …), so claim n starts at 10 * (n - 1) and
  // each essay is 39 characters long (the last space is trimmed).
  private static final String TEXT_A = "Claim A1. Claim A2. Claim A3. Claim A4.";
  private static final String TEXT_B = "Claim B1. Claim B2. Claim B3. Claim B4.";

  @Test
  void relationsCountOnlyConfirmedLinksWithEveryRelationOfTheCodebook() {
    Summary s = Summary.of(comparison());

    // Confirmed: L1 contradict, L2 contradict, L4 without relation. L3 is only suggested.
    assertThat(s.relations())
        .extracting(Tally::label, Tally::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Agree", 0),
            org.assertj.core.groups.Tuple.tuple("Contradict", 2),
            org.assertj.core.groups.Tuple.tuple("Reframe", 0),
            org.assertj.core.groups.Tuple.tuple("Partial", 0),
            org.assertj.core.groups.Tuple.tuple(Summary.NO_RELATION, 1));
  }

  @Test
  void eachSideSaysHowManyOfItsClaimsHaveACounterpart() {
    Summary s = Summary.of(comparison());

    // A: A1 (L1), A2 (L2), A4 (L4) matched; A3 only in a suggestion. B: B1, B2, B3 matched.
    assertThat(s.a().claims()).isEqualTo(4);
    assertThat(s.a().matched()).isEqualTo(3);
    assertThat(s.a().matchedShare()).isCloseTo(0.75, within(1e-9));
    assertThat(s.b().matched()).isEqualTo(3);
    assertThat(s.b().unmatched()).isEqualTo(1);
  }

  @Test
  void framesAndTopTermsCountConfirmedTagsIgnoringCase() {
    Summary s = Summary.of(comparison());

    // A tags "Claim" twice and "claim" once as legality, "A1" once as security (suggested "A2"
    // does not count): "Claim" 3, "A1" 1.
    assertThat(s.a().topTerms()).containsExactly(new TermUse("Claim", 3), new TermUse("A1", 1));
    assertThat(s.a().frames())
        .extracting(Tally::id, Tally::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("legality", 3),
            org.assertj.core.groups.Tuple.tuple("security", 1));
    assertThat(s.b().topTerms()).isEmpty();
    assertThat(s.b().frames()).isEmpty();
  }

  @Test
  void linkMarksSitWhereTheirFirstClaimStarts() {
    Summary s = Summary.of(comparison());

    // L1 starts at A1 (0), L4 at A4 (30 of 39); on B, L1 at B1 (0), L2 at B2 (10), L4 at B3 (20).
    assertThat(s.a().marks())
        .extracting(LinkMark::linkId, LinkMark::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("L1", 0.0),
            org.assertj.core.groups.Tuple.tuple("L2", 10.0 / 39),
            org.assertj.core.groups.Tuple.tuple("L4", 30.0 / 39));
    assertThat(s.b().marks()).extracting(LinkMark::linkId).containsExactly("L1", "L2", "L4");
  }

  @Test
  void swappingTheSidesSwapsTheFiguresAndChangesNothingElse() {
    Comparison c = comparison();
    Summary before = Summary.of(c);

    Summary after = Summary.of(SidesSwapped.of(c));

    assertThat(after.relations()).isEqualTo(before.relations());
    assertThat(after.a()).isEqualTo(before.b());
    assertThat(after.b()).isEqualTo(before.a());
  }

  private static Comparison comparison() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      claims.add(new Claim("A" + (i + 1), Side.A, 10 * i, 10 * i + 9));
    }
    for (int i = 0; i < 4; i++) {
      claims.add(new Claim("B" + (i + 1), Side.B, 10 * i, 10 * i + 9));
    }
    List<Link> links =
        List.of(
            link("L1", List.of("A1"), List.of("B1"), LinkStatus.CONFIRMED, "contradict"),
            link("L2", List.of("A2"), List.of("B2"), LinkStatus.CONFIRMED, "contradict"),
            link("L3", List.of("A3"), List.of("B4"), LinkStatus.SUGGESTED, "agree"),
            link("L4", List.of("A4"), List.of("B3"), LinkStatus.CONFIRMED, ""));
    List<TermTag> terms =
        List.of(
            term("T1", 0, 5, "legality", LinkStatus.CONFIRMED),
            term("T2", 10, 15, "legality", LinkStatus.CONFIRMED),
            term("T3", 6, 8, "security", LinkStatus.CONFIRMED),
            term("T4", 16, 18, "security", LinkStatus.SUGGESTED),
            term("T5", 20, 25, "legality", LinkStatus.CONFIRMED));
    String lower = TEXT_A.substring(0, 20) + "claim" + TEXT_A.substring(25);
    return new Comparison(
        "Claims",
        "ana",
        document(lower, "Left view"),
        document(TEXT_B, "Right view"),
        claims,
        links,
        terms,
        Codebook.defaults(),
        T0,
        T0);
  }

  private static Document document(String text, String perspective) {
    return new Document(
        text, List.of(), DocumentMetadata.EMPTY.withPerspective(perspective), List.of());
  }

  private static Link link(
      String id, List<String> a, List<String> b, LinkStatus status, String relation) {
    return new Link(id, a, b, status, relation, 0.5, List.of(), "", "ana", T0, T0);
  }

  private static TermTag term(String id, int start, int end, String frame, LinkStatus status) {
    return new TermTag(id, Side.A, start, end, frame, "", "", status, "ana", T0, T0);
  }
}
