package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

class NavigationTest {
  /**
   * Crossing links: L1 A3–B1, L2 A1–B2 (suggested), L3 A2–B3 (rejected), L4 A1–B3. Reading A: L2,
   * L4, L1. Reading B: L1, L2, L4.
   */
  private final Comparison crossing = crossing();

  @Test
  void theLinksOfOneSideAreOrderedByWhereTheirClaimsStartWithRejectedLinksLeftOut() {
    assertThat(ids(Navigation.inReadingOrder(crossing, Side.A))).containsExactly("L2", "L4", "L1");
    assertThat(ids(Navigation.inReadingOrder(crossing, Side.B))).containsExactly("L1", "L2", "L4");
  }

  @Test
  void nextWithoutACurrentLinkIsTheFirstInReadingOrder() {
    assertThat(next(Side.A, null)).contains("L2");
    assertThat(next(Side.B, null)).contains("L1");
  }

  @Test
  void nextWalksForwardAndStopsAfterTheLast() {
    assertThat(next(Side.A, "L2")).contains("L4");
    assertThat(next(Side.A, "L4")).contains("L1");
    assertThat(next(Side.A, "L1")).isEmpty();
  }

  @Test
  void previousWalksBackwardAndStopsBeforeTheFirst() {
    assertThat(previous(Side.B, "L4")).contains("L2");
    assertThat(previous(Side.B, "L2")).contains("L1");
    assertThat(previous(Side.B, "L1")).isEmpty();
  }

  @Test
  void previousWithoutACurrentLinkIsTheLast() {
    assertThat(previous(Side.A, null)).contains("L1");
  }

  @Test
  void fromARejectedLinkNavigationContinuesFromItsPlace() {
    assertThat(next(Side.A, "L3")).contains("L1");
    assertThat(previous(Side.A, "L3")).contains("L4");
  }

  @Test
  void anUnknownCurrentLinkStartsFromTheBeginning() {
    assertThat(next(Side.B, "L9")).contains("L1");
  }

  @Test
  void aComparisonWithoutLinksHasNowhereToGo() {
    Comparison empty =
        Fixtures.comparison(
            Fixtures.TEXT_A, Fixtures.TEXT_B, crossing.claims(), List.of(), List.of());

    assertThat(Navigation.next(empty, Side.A, Optional.empty())).isEmpty();
    assertThat(Navigation.previous(empty, Side.A, Optional.empty())).isEmpty();
  }

  private Optional<String> next(Side side, String current) {
    return Navigation.next(crossing, side, Optional.ofNullable(current)).map(Link::id);
  }

  private Optional<String> previous(Side side, String current) {
    return Navigation.previous(crossing, side, Optional.ofNullable(current)).map(Link::id);
  }

  private static List<String> ids(List<Link> links) {
    return links.stream().map(Link::id).toList();
  }

  private static Comparison crossing() {
    List<Claim> claims = new ArrayList<>(Fixtures.sentences(Side.A, Fixtures.TEXT_A));
    claims.addAll(Fixtures.sentences(Side.B, Fixtures.TEXT_B));
    List<Link> links =
        List.of(
            Fixtures.link("L1", "A3", "B1", LinkStatus.CONFIRMED, "", 0.5, "r"),
            Fixtures.link("L2", "A1", "B2", LinkStatus.SUGGESTED, "", 0.5, "r"),
            Fixtures.link("L3", "A2", "B3", LinkStatus.REJECTED, "", 0.5, "r"),
            Fixtures.link("L4", "A1", "B3", LinkStatus.CONFIRMED, "", 0.5, "r"));
    return Fixtures.comparison(Fixtures.TEXT_A, Fixtures.TEXT_B, claims, links, List.of());
  }
}
