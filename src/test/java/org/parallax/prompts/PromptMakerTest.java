package org.parallax.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Prompt;
import org.parallax.model.Side;
import org.parallax.model.SidesSwapped;
import org.parallax.model.TermTag;

class PromptMakerTest {
  private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  // A: A1 "The convoy reached Khankendi at dawn." A2 "Three hundred people attended the
  //    meeting." A3 "Khankendi was calm." A4 "Officials praised the police."
  // B: B1 "Aid trucks entered Stepanakert." B2 "About eighty people came to the meeting."
  //    B3 "Stepanakert emptied in a week." B4 "Talks resumed in Brussels."
  private static final String TEXT_A =
      "The convoy reached Khankendi at dawn. Three hundred people attended the meeting."
          + " Khankendi was calm. Officials praised the police.";
  private static final String TEXT_B =
      "Aid trucks entered Stepanakert. About eighty people came to the meeting."
          + " Stepanakert emptied in a week. Talks resumed in Brussels.";

  private final PromptMaker maker = PromptMaker.standard(PromptTemplates.forLocale(Locale.ROOT));

  @Test
  void aConfirmedContradictionAsksWhatEvidenceWouldSettleIt() {
    List<PromptDraft> drafts = maker.drafts(comparison(List.of(), List.of()), Side.A);
    PromptDraft contradiction =
        drafts.stream().filter(d -> d.about().equals(List.of("L2"))).findFirst().orElseThrow();

    String words = PromptTemplates.forLocale(Locale.ROOT).word(contradiction);

    assertThat(contradiction.template()).isEqualTo("relation.contradict");
    assertThat(words)
        .startsWith("Azerbaijani view says \u201cThree hundred people attended the meeting.\u201d")
        .contains("Armenian view says \u201cAbout eighty people came to the meeting.\u201d")
        .contains("What evidence would settle it");
  }

  @Test
  void suggestedLinksAndAgreementsAskNothing() {
    List<PromptDraft> drafts = maker.drafts(comparison(List.of(), List.of()), Side.A);

    // L1 is an agreement, L3 only suggested (as a reframe), L2 a confirmed contradiction,
    // L4 a confirmed partial link.
    assertThat(drafts)
        .filteredOn(d -> d.template().startsWith("relation."))
        .extracting(PromptDraft::about)
        .containsExactly(List.of("L2"), List.of("L4"));
  }

  @Test
  void aPairOfWordsIsAskedAboutOnceWithHowOftenEachSideIsTaggedWithIt() {
    List<PromptDraft> drafts = maker.drafts(comparison(List.of(), List.of()), Side.A);

    List<PromptDraft> pairs = drafts.stream().filter(d -> d.template().equals("termPair")).toList();

    // T1–T2 and T3–T4 both pair Khankendi with Stepanakert: one question, counts 2 and 2.
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).about()).containsExactlyInAnyOrder("T1", "T2", "T3", "T4");
    assertThat(PromptTemplates.forLocale(Locale.ROOT).word(pairs.get(0)))
        .startsWith(
            "Azerbaijani view says \u201cKhankendi\u201d (2 times) where Armenian view says"
                + " \u201cStepanakert\u201d (2 times), framed as Political");
  }

  @Test
  void eachEssayIsAskedAboutWhatOnlyItSaysOnceAnythingIsLinked() {
    List<PromptDraft> drafts = maker.drafts(comparison(List.of(), List.of()), Side.A);

    // Confirmed: L1 (A1-B1), L2 (A2-B2), L4 (A4-B3). Unanswered: A3 on A, B4 on B.
    assertThat(drafts)
        .filteredOn(d -> d.template().equals("onlyIn"))
        .extracting(PromptDraft::about)
        .containsExactly(List.of("A3"), List.of("B4"));
    PromptDraft onlyA =
        drafts.stream().filter(d -> d.about().equals(List.of("A3"))).findFirst().orElseThrow();
    assertThat(PromptTemplates.forLocale(Locale.ROOT).word(onlyA))
        .startsWith(
            "Azerbaijani view makes one claim that Armenian view never answers, such as"
                + " \u201cKhankendi was calm.\u201d Why might Armenian view leave it out");
  }

  @Test
  void beforeAnythingIsLinkedNoClaimIsCalledUnanswered() {
    Comparison c = comparison(List.of(), List.of());
    Comparison unlinked =
        new Comparison(
            c.title(), "", c.a(), c.b(), c.claims(), List.of(), c.terms(), c.codebook(), T0, T0);

    assertThat(maker.drafts(unlinked, Side.A)).noneMatch(d -> d.template().equals("onlyIn"));
  }

  @Test
  void refreshingKeepsTheTeachersWorkAndRenewsOnlyWhatItMade() {
    Prompt handWritten = new Prompt("P7", "Who benefits from the story?", List.of(), "", false);
    Prompt edited = new Prompt("P2", "My own words on L4", List.of("L4"), "relation.partial", true);
    Prompt stale = new Prompt("P1", "old words", List.of("L2"), "relation.contradict", false);
    Prompt gone = new Prompt("P3", "about L1", List.of("L1"), "relation.contradict", false);
    Comparison c = comparison(List.of(), List.of(stale, handWritten, gone, edited));

    List<Prompt> fresh = maker.refreshed(c, Side.A);

    // P1 keeps its place with new words; P7 and P2 stay as they were; P3's link is an agreement
    // now, so it goes; the term pair and the two "only in" questions are added after, as P8-P10.
    assertThat(fresh).extracting(Prompt::id).containsExactly("P1", "P7", "P2", "P8", "P9", "P10");
    assertThat(fresh.get(0).text()).contains("Three hundred people").isNotEqualTo("old words");
    assertThat(fresh.get(1)).isEqualTo(handWritten);
    assertThat(fresh.get(2)).isEqualTo(edited);
    assertThat(fresh.subList(3, 6))
        .extracting(Prompt::template)
        .containsExactly("termPair", "onlyIn", "onlyIn");
  }

  @Test
  void anEssaysUnansweredClaimsKeepTheirQuestionWhenOneOfThemIsLinked() {
    Prompt onlyInA = new Prompt("P1", "old", List.of("A3", "A5"), "onlyIn", false);
    Comparison c = comparison(List.of(), List.of(onlyInA));

    List<Prompt> fresh = maker.refreshed(c, Side.A);

    assertThat(fresh.get(0).id()).isEqualTo("P1");
    assertThat(fresh.get(0).about()).containsExactly("A3");
  }

  @Test
  void refreshingTwiceChangesNothing() {
    Comparison once = comparison(List.of(), List.of());
    List<Prompt> first = maker.refreshed(once, Side.A);

    assertThat(maker.refreshed(once.withPrompts(first), Side.A)).isEqualTo(first);
  }

  @Test
  void swappingTheSidesMovesEachPromptsClaimsWithTheirEssay() {
    Comparison c =
        comparison(List.of(), List.of(new Prompt("P1", "?", List.of("A3", "L2"), "onlyIn", false)));

    Comparison swapped = SidesSwapped.of(c);

    assertThat(swapped.prompts().get(0).about()).containsExactly("B3", "L2");
    assertThat(SidesSwapped.of(swapped)).isEqualTo(c);
  }

  @Test
  void aLongClaimIsQuotedUpToAWordWithAnEllipsis() {
    String words = "word ".repeat(60);

    String quoted = Quotes.shortened(words);

    assertThat(quoted).endsWith("word\u2026").hasSizeLessThanOrEqualTo(Quotes.MAX_CHARS + 1);
  }

  private static Comparison comparison(List<TermTag> extraTerms, List<Prompt> prompts) {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(sentences(Side.A, TEXT_A));
    claims.addAll(sentences(Side.B, TEXT_B));
    List<Link> links =
        List.of(
            link("L1", "A1", "B1", LinkStatus.CONFIRMED, "agree"),
            link("L2", "A2", "B2", LinkStatus.CONFIRMED, "contradict"),
            link("L3", "A3", "B3", LinkStatus.SUGGESTED, "reframe"),
            link("L4", "A4", "B3", LinkStatus.CONFIRMED, "partial"));
    List<TermTag> terms = new ArrayList<>();
    terms.add(term("T1", Side.A, TEXT_A, "Khankendi", 0, "T2"));
    terms.add(term("T2", Side.B, TEXT_B, "Stepanakert", 0, "T1"));
    terms.add(term("T3", Side.A, TEXT_A, "Khankendi", TEXT_A.indexOf("Khankendi") + 1, "T4"));
    terms.add(term("T4", Side.B, TEXT_B, "Stepanakert", TEXT_B.indexOf("Stepanakert") + 1, "T3"));
    terms.addAll(extraTerms);
    return new Comparison(
        "Meeting",
        "ana",
        document(TEXT_A, "Azerbaijani view"),
        document(TEXT_B, "Armenian view"),
        claims,
        links,
        terms,
        Codebook.defaults(),
        prompts,
        T0,
        T0);
  }

  private static Document document(String text, String perspective) {
    return new Document(
        text,
        List.of(),
        DocumentMetadata.EMPTY.withTitle("Essay").withPerspective(perspective),
        List.of());
  }

  private static List<Claim> sentences(Side side, String text) {
    List<Claim> claims = new ArrayList<>();
    int start = 0;
    int n = 1;
    while (start < text.length()) {
      int end = text.indexOf(". ", start);
      end = end < 0 ? text.length() : end + 1;
      claims.add(new Claim(side.name() + n++, side, start, end));
      start = end + 1;
    }
    return claims;
  }

  private static Link link(String id, String a, String b, LinkStatus status, String relation) {
    return new Link(
        id, List.of(a), List.of(b), status, relation, 0.5, List.of(), "", "ana", T0, T0);
  }

  private static TermTag term(
      String id, Side side, String text, String word, int from, String partner) {
    int start = text.indexOf(word, from);
    return new TermTag(
        id,
        side,
        start,
        start + word.length(),
        "political",
        "",
        partner,
        LinkStatus.CONFIRMED,
        "ana",
        T0,
        T0);
  }
}
