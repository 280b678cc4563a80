package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/** Every claim's best partners, from hand-written claims and the words-and-names signals only. */
class CandidateTableTest {
  private static final AlignmentSettings LEXICAL =
      AlignmentSettings.defaults().withLexicalOnly(true);

  private static Document doc(String text) {
    return new Document(
        text, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())), null, null);
  }

  /** A document of the given paragraphs, separated by blank lines. */
  private static Document paragraphs(String... paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, text.length(), text.length() + paragraph.length()));
      text.append(paragraph);
    }
    return new Document(text.toString(), blocks, null, null);
  }

  private final Document a =
      paragraphs(
          "The Lachin road checkpoint outside Khankendi was closed on 19 September.",
          "Bakeries in the valley ran out of flour.",
          "The brass band played on the square.");
  private final Document b =
      paragraphs(
          "Flour reached the valley bakeries only after the Lachin checkpoint opened.",
          "The checkpoint on the Lachin road near Stepanakert shut on 19 September.",
          "Trucks waited at the checkpoint on the road for days.",
          "Nobody could sleep that night.");

  /** A short claim that means little without the sentence before it, and three decoys. */
  private final Document plan =
      doc(
          "The council will raise new flood barriers along the Alder river. "
              + "Those measures could begin this winter.");

  private final Document reply =
      paragraphs(
          "New flood barriers along the Alder river will be raised by the council this winter.",
          "The winter fair could begin early.",
          "Skating on the frozen pond could begin this winter.",
          "New measures of rainfall begin each winter.");

  private static CandidateTable table(Document x, Side sideX, Document y, Side sideY) {
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsX = segmenter.segment(x, sideX);
    List<Claim> claimsY = segmenter.segment(y, sideY);
    return new Aligner(LEXICAL, new AlignerTest.SameMeaning())
        .align(x, claimsX, y, claimsY, Progress.NONE)
        .candidates();
  }

  private final CandidateTable table = table(a, Side.A, b, Side.B);

  private static String ids(List<CandidateTable.Candidate> candidates) {
    return candidates.stream().map(CandidateTable.Candidate::id).collect(Collectors.joining(" "));
  }

  @Test
  void aClaimsPartnersComeBestFirstWithTheirScoresAndReasons() {
    List<CandidateTable.Candidate> ofA1 = table.of("A1");

    assertThat(ids(ofA1)).startsWith("B2 ");
    assertThat(ofA1).extracting(CandidateTable.Candidate::id).containsOnly("B1", "B2", "B3");
    assertThat(ofA1.get(0).score()).isGreaterThan(ofA1.get(1).score());
    assertThat(ofA1.get(1).score()).isGreaterThanOrEqualTo(ofA1.get(2).score());
    assertThat(ofA1.get(0).reasons())
        .contains("same event: 19 September", "equivalent: Khankendi = Stepanakert");
    assertThat(ofA1.get(1).reasons())
        .anyMatch(r -> r.startsWith("shared: ") && r.contains("checkpoint"));
  }

  @Test
  void claimsOfSideBHaveTheirPartnersOnSideA() {
    assertThat(ids(table.of("B1"))).startsWith("A2");
    assertThat(ids(table.of("B2"))).startsWith("A1");
  }

  @Test
  void aClaimWithNothingInCommonHasNoPartners() {
    assertThat(table.of("B4")).isEmpty();
    assertThat(table.of("A3")).isEmpty();
    assertThat(table.of("no such claim")).isEmpty();
  }

  @Test
  void partnersBelowTheSuggestionThresholdAreListedToo() {
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsA = segmenter.segment(a, Side.A);
    List<Claim> claimsB = segmenter.segment(b, Side.B);
    AlignmentResult strict =
        new Aligner(LEXICAL.withMinScore(1).withLexicalMinScore(1), new AlignerTest.SameMeaning())
            .align(a, claimsA, b, claimsB, Progress.NONE);

    assertThat(strict.suggestions()).isEmpty();
    assertThat(strict.candidates().asMap()).isEqualTo(table.asMap());
  }

  @Test
  void askingForKPartnersGivesTheFirstKAtMost() {
    assertThat(table.of("A1", 2)).containsExactlyElementsOf(table.of("A1").subList(0, 2));
    assertThat(table.of("A1", 10)).hasSize(3);
    assertThat(table.of("A1", 0)).isEmpty();
  }

  @Test
  void aligningTheOtherWayRoundGivesTheMirrorTable() {
    CandidateTable swapped = table(b, Side.A, a, Side.B);

    assertThat(mirrored(swapped)).isEqualTo(readable(table));
  }

  @Test
  void everyClaimKeepsAtMostTheTablesDepthHoweverManyClaimsResembleIt() {
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 3 * CandidateTable.DEPTH; i++) {
      many.append("The Lachin road checkpoint was closed on day ").append(i).append(". ");
    }
    Document crowd = doc(many.toString().strip());

    CandidateTable crowded = table(a, Side.A, crowd, Side.B);

    assertThat(crowded.of("A1")).hasSize(CandidateTable.DEPTH);
    assertThat(crowded.asMap()).hasSize(3 + 3 * CandidateTable.DEPTH);
    assertThat(crowded.asMap().values()).allMatch(l -> l.size() <= CandidateTable.DEPTH);
    // The partners a reader can be shown are explained.
    assertThat(crowded.of("A1").subList(0, CandidateTable.EXPLAINED))
        .allMatch(c -> !c.reasons().isEmpty());
  }

  @Test
  void aPartnersReasonsAreWordedOnlyWhenAskedForAndThenOnce() {
    List<Claim> claimsA = claims(Side.A, 1);
    List<Claim> claimsB = claims(Side.B, 2);
    List<ScoredPair> pairs =
        List.of(new ScoredPair(0, 0, 0.5, 0.5), new ScoredPair(0, 1, 0.4, 0.4));
    List<String> worded = new ArrayList<>();

    CandidateTable table = rank(pairs, claimsA, claimsB, worded);

    assertThat(ids(table.of("A1"))).isEqualTo("B1 B2");
    assertThat(worded).isEmpty();
    assertThat(table.of("A1").get(1).reasons()).containsExactly("same event: A1 with B2");
    assertThat(table.of("A1").get(1).reasons()).containsExactly("same event: A1 with B2");
    assertThat(worded).containsExactly("A1 with B2");
  }

  @Test
  void aPartnerDeepInOneClaimsListHasReasonsWhenItIsAmongTheOthersFirst() {
    // A1 has eight partners, B1 best; B8, its last, has no other partner, while B6 and B7 have
    // five better ones each.
    List<Claim> claimsA = claims(Side.A, 6);
    List<Claim> claimsB = claims(Side.B, 8);
    List<ScoredPair> pairs = new ArrayList<>();
    for (int b = 0; b < 8; b++) {
      pairs.add(new ScoredPair(0, b, 0.9 - b / 10.0, 0.9 - b / 10.0));
    }
    for (int a = 1; a < 6; a++) {
      pairs.add(new ScoredPair(a, 5, 0.95, 0.95));
      pairs.add(new ScoredPair(a, 6, 0.95, 0.95));
    }

    CandidateTable table = rank(pairs, claimsA, claimsB, new ArrayList<>());

    List<CandidateTable.Candidate> ofA1 = table.of("A1");
    assertThat(ids(ofA1)).isEqualTo("B1 B2 B3 B4 B5 B6 B7 B8");
    assertThat(ofA1.subList(0, CandidateTable.EXPLAINED)).allMatch(c -> !c.reasons().isEmpty());
    assertThat(ofA1.get(5).reasons()).isEmpty();
    assertThat(ofA1.get(6).reasons()).isEmpty();
    assertThat(ofA1.get(7).reasons()).containsExactly("same event: A1 with B8");
    assertThat(ids(table.of("B7"))).isEqualTo("A2 A3 A4 A5 A6 A1");
    assertThat(table.of("B7").get(5).reasons()).isEmpty();
    assertThat(table.of("B8").get(0).reasons()).containsExactly("same event: A1 with B8");
  }

  /**
   * The table of hand-scored pairs, ranked by their scores alone; a pair's reasons name its two
   * claims, and each wording is noted in {@code worded}.
   */
  /**
   * The table of {@code pairs} with no reasons and no paragraph context, each claim its own
   * paragraph ({@code ownParagraphs}), a pair losing {@code placeWeight} × the distance between its
   * claims' places.
   */
  private static CandidateTable rankByPlace(
      List<ScoredPair> pairs,
      List<Claim> claimsA,
      List<Claim> claimsB,
      int[] ownParagraphs,
      double placeWeight) {
    return CandidateTable.rank(
        pairs,
        claimsA,
        claimsB,
        8,
        (x, y) -> new Reasons(),
        0,
        ownParagraphs,
        ownParagraphs,
        placeWeight);
  }

  private static CandidateTable rank(
      List<ScoredPair> pairs, List<Claim> claimsA, List<Claim> claimsB, List<String> worded) {
    int[] ownParagraphsA = new int[claimsA.size()];
    int[] ownParagraphsB = new int[claimsB.size()];
    Arrays.setAll(ownParagraphsA, i -> -1 - i);
    Arrays.setAll(ownParagraphsB, i -> -1 - i);
    return CandidateTable.rank(
        pairs,
        claimsA,
        claimsB,
        CandidateTable.DEPTH,
        (x, y) -> {
          String pair = claimsA.get(x).id() + " with " + claimsB.get(y).id();
          synchronized (worded) {
            worded.add(pair);
          }
          Reasons reasons = new Reasons();
          reasons.sameEvent(pair);
          return reasons;
        },
        0,
        ownParagraphsA,
        ownParagraphsB,
        0);
  }

  @Test
  void aShortClaimFindsItsPartnerThroughTheSentenceBeforeIt() {
    CandidateTable withContext = table(plan, Side.A, reply, Side.B);

    assertThat(ids(withContext.of("A2"))).startsWith("B1 ");
    assertThat(withContext.of("A2")).hasSize(4);
  }

  @Test
  void theSentenceBeforeHelpsTheOtherWayRoundToo() {
    CandidateTable swapped = table(reply, Side.A, plan, Side.B);

    assertThat(ids(swapped.of("B2"))).startsWith("A1 ");
    assertThat(mirrored(swapped)).isEqualTo(readable(table(plan, Side.A, reply, Side.B)));
  }

  @Test
  void thePlaceDistanceIsHowFarApartTheClaimsLieInTheirTexts() {
    // first of 4 (at 0.125) and first of 2 (at 0.25)
    assertThat(CandidateTable.placeDistance(0, 4, 0, 2)).isCloseTo(0.125, within(1e-9));
    // last of 4 (at 0.875) and first of 2 (at 0.25), either way round
    assertThat(CandidateTable.placeDistance(3, 4, 0, 2)).isCloseTo(0.625, within(1e-9));
    assertThat(CandidateTable.placeDistance(0, 2, 3, 4)).isCloseTo(0.625, within(1e-9));
    // the middle claims of 3 and of 5
    assertThat(CandidateTable.placeDistance(1, 3, 2, 5)).isZero();
  }

  @Test
  void aPartnerAtTheSamePlaceOutranksASlightlyBetterOneAtTheOtherEnd() {
    List<Claim> claimsA = claims(Side.A, 2);
    List<Claim> claimsB = claims(Side.B, 3);
    // A1 sits at 0.25; B1 at 1/6 (distance 1/12), B3 at 5/6 (distance 7/12).
    List<ScoredPair> pairs =
        List.of(new ScoredPair(0, 0, 0.5, 0.5), new ScoredPair(0, 2, 0.52, 0.52));
    int[] ownParagraphs = {-1, -2, -3};

    CandidateTable plain = rankByPlace(pairs, claimsA, claimsB, ownParagraphs, 0);
    CandidateTable placed = rankByPlace(pairs, claimsA, claimsB, ownParagraphs, 0.1);

    assertThat(ids(plain.of("A1"))).isEqualTo("B3 B1");
    assertThat(ids(placed.of("A1"))).isEqualTo("B1 B3");
    // 0.5 - 0.1 / 12 = 0.4917; 0.52 - 0.7 / 12 = 0.4617
    assertThat(placed.of("A1"))
        .extracting(CandidateTable.Candidate::score)
        .containsExactly(0.492, 0.462);
  }

  @Test
  void aScoreLoweredBelowZeroIsShownAsZeroAndStillRanked() {
    List<Claim> claimsA = claims(Side.A, 1);
    List<Claim> claimsB = claims(Side.B, 4);
    // A1 sits at 0.5; B1 at 0.125 and B4 at 0.875 (both 0.375 away), B2 at 0.375 (0.125 away).
    List<ScoredPair> pairs =
        List.of(
            new ScoredPair(0, 0, 0.2, 0.01),
            new ScoredPair(0, 1, 0.1, 0),
            new ScoredPair(0, 3, 0.3, 0.02));
    int[] ownParagraphs = {-1, -2, -3, -4};

    CandidateTable table = rankByPlace(pairs, claimsA, claimsB, ownParagraphs, 0.1);

    // 0.02 - 0.0375 and 0.01 - 0.0375 fall below 0 - 0.0125, the nearer partner's.
    assertThat(ids(table.of("A1"))).isEqualTo("B2 B4 B1");
    assertThat(table.of("A1"))
        .extracting(CandidateTable.Candidate::score)
        .containsExactly(0.0, 0.0, 0.0);
  }

  @Test
  void withTheMeaningModelAShortClaimIsReadWithItsParagraph() {
    // "Work starts soon" alone means the same as the fair opening soon; read with the sentence
    // before it, it is the flood barriers going up this winter.
    Document council = doc("The council will raise flood barriers on the Alder. Work starts soon.");
    Document answer =
        paragraphs(
            "The fair opens soon.",
            "Embankments along the river go up this winter.",
            "Ducks nest on the banks.");
    Map<String, float[]> meanings = new HashMap<>();
    meanings.put("The council will raise flood barriers on the Alder.", new float[] {1, 0, 0});
    meanings.put("Work starts soon.", new float[] {0, 1, 0});
    meanings.put("The fair opens soon.", new float[] {0, 1, 0});
    meanings.put("Embankments along the river go up this winter.", new float[] {0.8f, 0.6f, 0});
    meanings.put("Ducks nest on the banks.", new float[] {0, 0, 1});
    SentenceEmbedder model =
        new SentenceEmbedder() {
          @Override
          public float[][] embed(List<String> texts) {
            return texts.stream().map(meanings::get).toArray(float[][]::new);
          }

          @Override
          public String name() {
            return "hand-made";
          }
        };
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsA = segmenter.segment(council, Side.A);
    List<Claim> claimsB = segmenter.segment(answer, Side.B);

    CandidateTable withMeaning =
        new Aligner(AlignmentSettings.defaults(), model)
            .align(council, claimsA, answer, claimsB, Progress.NONE)
            .candidates();

    assertThat(ids(withMeaning.of("A2"))).startsWith("B2 ");
  }

  private static List<Claim> claims(Side side, int count) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      claims.add(new Claim(side.name() + (i + 1), side, 10 * i, 10 * i + 5));
    }
    return claims;
  }

  /** Claim id: partner ids with scores, one claim a line, sorted by claim id. */
  private static String readable(CandidateTable table) {
    Map<String, String> lines = new TreeMap<>();
    table
        .asMap()
        .forEach(
            (id, list) ->
                lines.put(
                    id,
                    list.stream()
                        .map(c -> c.id() + " " + c.score())
                        .collect(Collectors.joining(", "))));
    return lines.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  /** The table read with sides A and B exchanged in every id. */
  private static String mirrored(CandidateTable table) {
    Map<String, List<CandidateTable.Candidate>> swapped = new TreeMap<>();
    table
        .asMap()
        .forEach(
            (id, list) ->
                swapped.put(
                    flip(id),
                    list.stream()
                        .map(c -> new CandidateTable.Candidate(flip(c.id()), c.score(), List.of()))
                        .toList()));
    return readable(new CandidateTable(swapped));
  }

  private static String flip(String id) {
    return (id.startsWith("A") ? "B" : "A") + id.substring(1);
  }
}
