package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/**
 * Learning from decisions on hand-built tables of signal values (meaning, words, names), with the
 * margin switched off so that a pair's score is the weighted mean of its values: with the shipped
 * weights 0.6 / 0.3 / 0.1 and minimum score 0.2.
 */
class DecisionLearnerTest {
  private static final List<String> SIGNALS = List.of("meaning", "words", "names");
  private static final AlignmentSettings SETTINGS = AlignmentSettings.defaults().withMargin(3, 0);

  /**
   * Four claims a side. A1-B1 and A2-B2 share words and mean alike (score 0.6, 0.5); A3-B3 means
   * alike without sharing a word (0.36); A4-B4 shares words but means little alike (0.18, below the
   * minimum score); A3-B4 and A4-B3 are weak (0.06, 0.12).
   */
  private static final Map<String, double[]> TABLE =
      Map.of(
          "A1-B1", new double[] {0.6, 0.6, 0.6},
          "A2-B2", new double[] {0.5, 0.5, 0.5},
          "A3-B3", new double[] {0.6, 0.0, 0.0},
          "A4-B4", new double[] {0.0, 0.6, 0.0},
          "A3-B4", new double[] {0.1, 0.0, 0.0},
          "A4-B3", new double[] {0.2, 0.0, 0.0});

  private static PairFeatures features(Map<String, double[]> table, boolean swapped) {
    List<Claim> as = claims(swapped ? Side.B : Side.A);
    List<Claim> bs = claims(swapped ? Side.A : Side.B);
    Map<String, double[]> byIds = new HashMap<>();
    table.forEach(
        (pair, values) -> {
          String[] ids = pair.split("-");
          byIds.put(swapped ? ids[1] + "-" + ids[0] : pair, values);
        });
    List<TreeSet<Integer>> candidates = new ArrayList<>();
    for (int a = 0; a < as.size(); a++) {
      TreeSet<Integer> partners = new TreeSet<>();
      for (int b = 0; b < bs.size(); b++) {
        if (byIds.containsKey(as.get(a).id() + "-" + bs.get(b).id())) {
          partners.add(b);
        }
      }
      candidates.add(partners);
    }
    List<ClaimFeatures> blank =
        as.stream()
            .map(c -> new ClaimFeatures("", List.of(), Map.of(), Map.of(), Map.of(), Map.of()))
            .toList();
    return new PairFeatures(
        new Corpus(blank, blank, null),
        SIGNALS,
        (a, b) -> byIds.getOrDefault(as.get(a).id() + "-" + bs.get(b).id(), new double[3]).clone(),
        candidates,
        as,
        bs,
        new int[] {-1, -2, -3, -4},
        new int[] {-1, -2, -3, -4},
        SETTINGS,
        true,
        (a, b) -> new Reasons());
  }

  private static List<Claim> claims(Side side) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      claims.add(new Claim(side.name() + i, side, i * 10, i * 10 + 5));
    }
    return claims;
  }

  private static Link decided(String pair, LinkStatus status) {
    String[] ids = pair.split("-");
    return new Link(
        "D" + pair,
        List.of(ids[0]),
        List.of(ids[1]),
        status,
        "",
        0,
        List.of(),
        "",
        "reader",
        null,
        null);
  }

  /** Suggestions as "A1-B1 A2-B2", each link's claims joined by "+". */
  private static String pairs(List<Link> links) {
    return links.stream()
        .map(l -> String.join("+", l.aClaims()) + "-" + String.join("+", l.bClaims()))
        .collect(Collectors.joining(" "));
  }

  private static final DecisionLearner LEARNER = new DecisionLearner(3, 20);

  @Test
  void withoutDecisionsTheShippedWeightsAndSuggestionsStand() {
    DecisionLearner.Learned learned = LEARNER.learn(features(TABLE, false), List.of());

    assertThat(learned.weights()).containsExactly(new double[] {0.6, 0.3, 0.1}, within(1e-12));
    assertThat(learned.minScore()).isEqualTo(0.2);
    assertThat(pairs(learned.suggestions())).isEqualTo("A1-B1 A2-B2 A3-B3");
    assertThat(learned.suggestions()).extracting(Link::id).containsExactly("L1", "L2", "L3");
  }

  @Test
  void withoutDecisionsTheAlignersOwnSuggestionsComeBack() {
    Document a = doc("The Lachin road checkpoint closed on 19 September. Bands played.");
    Document b = doc("Farmers lost the harvest. The checkpoint on the Lachin road shut.");
    List<Claim> claimsA = new Segmenter().segment(a, Side.A);
    List<Claim> claimsB = new Segmenter().segment(b, Side.B);
    AlignmentSettings settings = AlignmentSettings.defaults();
    AlignmentResult result =
        new Aligner(settings, new AlignerTest.SameMeaning())
            .align(a, claimsA, b, claimsB, Progress.NONE);
    PairFeatures features =
        PairFeatures.of(
            a,
            claimsA,
            b,
            claimsB,
            settings,
            new AlignerTest.SameMeaning(),
            EquivalenceLexicon.bundled());

    DecisionLearner.Learned learned = LEARNER.learn(features, List.of());

    assertThat(result.suggestions()).isNotEmpty();
    assertThat(learned.suggestions()).isEqualTo(result.suggestions());
    assertThat(features.signals()).containsExactly("meaning", "words", "names");
  }

  @Test
  void confirmingWordPairsAndRejectingMeaningPairsShiftsWeightFromMeaningToWords() {
    List<Link> decisions =
        List.of(
            decided("A4-B4", LinkStatus.CONFIRMED),
            decided("A1-B1", LinkStatus.CONFIRMED),
            decided("A3-B3", LinkStatus.REJECTED),
            decided("A4-B3", LinkStatus.REJECTED));

    DecisionLearner.Learned learned = LEARNER.learn(features(TABLE, false), decisions);

    assertThat(learned.weight("words")).isGreaterThan(0.3);
    assertThat(learned.weight("meaning")).isLessThan(0.6);
    assertThat(learned.positives()).isEqualTo(2);
    assertThat(learned.negatives()).isEqualTo(2);
  }

  @Test
  void aHandLinkScoringBelowTheMinimumLowersItAndBringsInAPairAsGood() {
    Map<String, double[]> table = new HashMap<>(TABLE);
    table.remove("A3-B3");
    table.put("A3-B4", new double[] {0.25, 0.15, 0.0}); // 0.195: just below the minimum
    List<Link> decisions =
        List.of(
            decided("A4-B4", LinkStatus.CONFIRMED),
            decided("A2-B2", LinkStatus.CONFIRMED),
            decided("A1-B1", LinkStatus.CONFIRMED));

    DecisionLearner.Learned before = LEARNER.learn(features(table, false), List.of());
    DecisionLearner.Learned learned = LEARNER.learn(features(table, false), decisions);

    assertThat(pairs(before.suggestions())).doesNotContain("A3-B4");
    assertThat(learned.minScore()).isLessThan(0.195);
    assertThat(pairs(learned.suggestions())).contains("A3-B4");
  }

  @Test
  void decidedPairsAreNeverSuggestedAgain() {
    List<Link> decisions =
        List.of(decided("A1-B1", LinkStatus.CONFIRMED), decided("A3-B3", LinkStatus.REJECTED));

    DecisionLearner.Learned learned = LEARNER.learn(features(TABLE, false), decisions);

    assertThat(pairs(learned.suggestions())).isEqualTo("A2-B2");
    assertThat(DecisionLearner.withoutRefitting().learn(features(TABLE, false), decisions))
        .extracting(l -> pairs(l.suggestions()))
        .isEqualTo("A2-B2");
  }

  @Test
  void suggestedLinksAreNotDecisions() {
    List<Link> decisions = List.of(decided("A3-B3", LinkStatus.SUGGESTED));

    DecisionLearner.Learned learned = LEARNER.learn(features(TABLE, false), decisions);

    assertThat(learned.positives() + learned.negatives()).isZero();
    assertThat(pairs(learned.suggestions())).isEqualTo("A1-B1 A2-B2 A3-B3");
  }

  @Test
  void swappingTheSidesLearnsTheSameAndSuggestsTheMirroredPairs() {
    List<Link> decisions =
        List.of(
            decided("A4-B4", LinkStatus.CONFIRMED),
            decided("A2-B2", LinkStatus.CONFIRMED),
            decided("A3-B3", LinkStatus.REJECTED));
    List<Link> mirrored =
        decisions.stream()
            .map(l -> decided(l.bClaims().get(0) + "-" + l.aClaims().get(0), l.status()))
            .toList();

    DecisionLearner.Learned learned = LEARNER.learn(features(TABLE, false), decisions);
    DecisionLearner.Learned swapped = LEARNER.learn(features(TABLE, true), mirrored);

    assertThat(swapped.weights()).containsExactly(learned.weights(), within(1e-9));
    assertThat(swapped.minScore()).isCloseTo(learned.minScore(), within(1e-9));
    assertThat(pairs(swapped.suggestions()))
        .isEqualTo(
            learned.suggestions().stream()
                .map(l -> String.join("+", l.bClaims()) + "-" + String.join("+", l.aClaims()))
                .collect(Collectors.joining(" ")));
  }

  @Test
  void aResultWithoutFeaturesSuggestsNothingNew() {
    DecisionLearner.Learned learned =
        LEARNER.learn(PairFeatures.none(), List.of(decided("A1-B1", LinkStatus.CONFIRMED)));

    assertThat(learned.suggestions()).isEmpty();
  }

  private static Document doc(String text) {
    return new Document(
        text, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())), null, null);
  }
}
