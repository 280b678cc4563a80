package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
