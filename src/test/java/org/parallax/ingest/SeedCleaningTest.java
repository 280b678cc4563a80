package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;

/** The bundled seed essay, cleaned: what must stay, what must go, and why. */
class SeedCleaningTest {

  private static Document seed;

  @BeforeAll
  static void cleanTheSeed() {
    seed = BundledSeed.load();
  }

  private static String block(int index) {
    Block block = seed.blocks().get(index);
    return seed.slice(block.start(), block.end());
  }

  private static List<Block> blocksOfKind(BlockKind kind) {
    return seed.blocks().stream().filter(b -> b.kind() == kind).toList();
  }

  @Test
  void theEditorialNoteIsTheFirstBlockWithItsLinkReducedToText() {
    assertThat(seed.blocks().get(0).kind()).isEqualTo(BlockKind.EDITORIAL_NOTE);
    assertThat(block(0))
        .isEqualTo(
            "Editorial context: On September 19th 2023, Azerbaijan began what it has called an"
                + " “anti-terrorist operation” in the Nagorno-Karabkh region – a breakaway republic"
                + " which is internationally recognised as Azerbaijani territory but has had a"
                + " population of nearly 150,000, 95% of which were ethnic Armenian. The operation"
                + " took place after a 9-months-long blockade of the region and quickly came to an"
                + " end as the authorities representing Nagorno-Karabkah surrendered to Azerbaijan,"
                + " triggering a massive exodus of the ethnic Armenian population. To get a full"
                + " picture of this situation, New Eastern Europe commissioned two essays from"
                + " different perspectives. We present an Azerbaijani perspective below. To read"
                + " the Armenian perspective click here.");
  }

  @Test
  void theFirstParagraphIsTheOpeningOfTheEssayWithoutLinkMarkup() {
    Block first = blocksOfKind(BlockKind.PARAGRAPH).get(0);
    assertThat(seed.slice(first.start(), first.end()))
        .isEqualTo(
            "On September 19th 2023, the Azerbaijani leadership announced the launch of a military"
                + " campaign in Nagorno-Karabakh, which was dubbed an “anti-terrorist operation” by"
                + " the local media. Azerbaijan’s defence ministry said it was using “high-precision"
                + " weapons on the front line and in-depth” as part of the operation, which it said"
                + " was “of a local character”. The blitzkrieg lasted only a day, yet it produced an"
                + " important, in fact the most important, outcome – the restoration of Azerbaijan’s"
                + " full sovereignty in Karabakh.");
  }

  @Test
  void theLastBlockIsTheClosingParagraphOfTheEssay() {
    int last = seed.blocks().size() - 1;
    assertThat(seed.blocks().get(last).kind()).isEqualTo(BlockKind.PARAGRAPH);
    assertThat(block(last))
        .isEqualTo(
            "The 2023 September military operation, which most likely was the last major battle in"
                + " Karabakh, thus, provided a historic outcome: by virtually surrendering and"
                + " agreeing to disarm itself the secessionist regime in Karabakh agreed to speak to"
                + " Baku about reintegration. On September 28th, the leadership of the separatist"
                + " entity in Karabakh officially announced the dissolution of the so-called"
                + " Nagorno-Karabakh Republic. The authorities recommended local Armenian residents"
                + " familiarise themselves with the conditions of reintegration presented by the"
                + " Azerbaijani government in order to make an independent decision on whether to"
                + " stay in (or return to) Karabakh. Nonetheless, it looks as though the entire"
                + " Karabakh saga has come to an end.");
  }

  @Test
  void theTwoSectionTitlesAreHeadingBlocks() {
    assertThat(blocksOfKind(BlockKind.HEADING))
        .extracting(b -> seed.slice(b.start(), b.end()))
        .containsExactly("What led to the escalation?", "What comes next?");
  }

  @Test
  void theEssayKeepsAllTwentyBlocksInOrder() {
    // editorial note, opening paragraph, heading, six paragraphs, heading, ten paragraphs
    assertThat(seed.blocks()).hasSize(20);
    assertThat(seed.blocks().get(2).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(seed.blocks().get(9).kind()).isEqualTo(BlockKind.HEADING);
  }

  @Test
  void blocksAreJoinedByBlankLinesAndTheirSpansCoverTheText() {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < seed.blocks().size(); i++) {
      joined.append(i == 0 ? "" : "\n\n").append(block(i));
    }
    assertThat(joined.toString()).isEqualTo(seed.text());
  }

  @Test
  void noBoilerplateSurvives() {
    assertThat(seed.text())
        .doesNotContain("Europe Solidaire Sans Frontières")
        .doesNotContain(" > ")
        .doesNotContain("Click here")
        .doesNotContain("subscribe")
        .doesNotContain("P.S.")
        .doesNotContain("neweasterneurope.eu")
        .doesNotContain("](#)")
        .doesNotContain("[")
        .doesNotContain("HAJIZADA")
        .doesNotContain("Monday 2 October 2023")
        .doesNotContain("is the communications manager at Topchubashov Center")
        .doesNotContain("is the co-founder of the Topchubashov Center")
        .doesNotContain("is a Research Fellow at the Topchubashov Center")
        .doesNotEndWith("New Eastern Europe");
  }

  @Test
  void theRepeatedLeadIsGoneButItsLaterVersionStays() {
    assertThat(seed.text()).doesNotContain("Azerbaijan refers to the 24-hour blitzkrieg");
    assertThat(seed.text()).contains("The Azerbaijani side refers to the 24-hour blitzkrieg");
  }

  @Test
  void paragraphsBrokenMidSentenceAreJoined() {
    assertThat(seed.text())
        .contains(
            "numerous invitations from the Azerbaijani side for direct talks in a bilateral"
                + " format were repeatedly rejected by de facto authorities in Karabakh.")
        .contains(
            "who consider a peace treaty with Azerbaijan under the current circumstances as"
                + " unacceptable.");
  }

  @Test
  void characteristicCharactersSurvive() {
    assertThat(seed.text()).contains("Xankəndi", "“Nagorno-Karabakh Republic”", "Baku`s", "–");
  }

  @Test
  void everyRemovalIsListedInReadingOrderWithItsReason() {
    assertThat(seed.removed())
        .extracting(RemovedPassage::reason, RemovedPassage::text)
        .containsExactly(
            tuple(
                "breadcrumb navigation",
                "Europe Solidaire Sans Frontières > English > Europe, Great Britain > South"
                    + " Caucasus (Georgia, Armenia, Azerbaijan, Karabakh) > South Caucasus:"
                    + " Nagorno-Karabakh conflict > **Military operation in Karabakh: the final"
                    + " battle?**"),
            tuple("title repeated at the top", "Military operation in Karabakh: the final battle?"),
            tuple(
                "byline (kept as metadata: authors Samir Hajizada, Rusif Huseynov, Mahammad"
                    + " Mammadov; date 2023-09-29)",
                "Monday 2 October 2023, by [HAJIZADA Samir](#), [HUSEYNOV Rusif](#), [MAMMADOV"
                    + " Mahammad](#) (Date first published: 29 September 2023)."),
            tuple(
                "lead paragraph repeated later in the body",
                "Azerbaijan refers to the 24-hour blitzkrieg as a triumph, which was done quickly"
                    + " and professionally. Having already become crippled and dysfunctional after"
                    + " the 2020 war, the “Nagorno-Karabakh Republic”, which had lost land"
                    + " connection with its long-term patron, Armenia, realised that it had no"
                    + " chance to resist the Azerbaijani advancement and accepted all of Baku’s"
                    + " conditions of surrender."),
            tuple(
                "link markup (13 links reduced to their text, addresses dropped)",
                "[click here](#)"),
            tuple(
                "author biography (kept as author notes)",
                "Samir Hajizada is the communications manager at Topchubashov Center. He studied"
                    + " international relations at Baku Slavic University. His research expertise"
                    + " focuses on geopolitical developments and security issues in the Balkans,"
                    + " Caucasus and Central Asia."),
            tuple(
                "author biography (kept as author notes)",
                "Rusif Huseynov is the co-founder of the Topchubashov Center, Azerbaijan. His main"
                    + " interests are in peace and conflict studies, while his focus areas mainly"
                    + " cover Eastern Europe, the Middle East, the Caucasus and Central Asia."),
            tuple(
                "author biography (kept as author notes)",
                "Mahammad Mammadov is a Research Fellow at the Topchubashov Center in Baku,"
                    + " Azerbaijan. His research covers geopolitical and transitional developments"
                    + " in the post-Soviet space and Azerbaijan’s foreign and security policy."),
            tuple(
                "subscription notice",
                "[Click here](#) to subscribe to ESSF newsletters in English and/or French."),
            tuple("empty “P.S.” marker", "P.S."),
            tuple("publisher credit at the end", "New Eastern Europe"),
            tuple(
                "source address (kept as the source URL)",
                "<https://neweasterneurope.eu/2023/09/29/military-operation-in-karabakh-the-final-battle/>"));
  }

  @Test
  void theBiosBecomeAuthorNotesInBylineOrder() {
    assertThat(seed.metadata().authorNotes())
        .hasSize(3)
        .satisfiesExactly(
            note -> assertThat(note).startsWith("Samir Hajizada is the communications manager"),
            note -> assertThat(note).startsWith("Rusif Huseynov is the co-founder"),
            note -> assertThat(note).startsWith("Mahammad Mammadov is a Research Fellow"));
  }

  @Test
  void withoutManifestHintsTheSeedYieldsItsOwnTitleAuthorsDateAndSource() {
    RawText bare = new RawText(BundledSeed.raw().text(), SourceFormat.PLAIN_TEXT, "seed.txt", null);
    Document cleaned = new Cleaner().clean(bare);
    assertThat(cleaned.metadata().title())
        .isEqualTo("Military operation in Karabakh: the final battle?");
    assertThat(cleaned.metadata().authors())
        .containsExactly("Samir Hajizada", "Rusif Huseynov", "Mahammad Mammadov");
    assertThat(cleaned.metadata().date()).isEqualTo("2023-09-29");
    assertThat(cleaned.metadata().publisher()).isEqualTo("New Eastern Europe");
    assertThat(cleaned.metadata().sourceUrl())
        .isEqualTo(
            "https://neweasterneurope.eu/2023/09/29/military-operation-in-karabakh-the-final-battle/");
    assertThat(cleaned.text()).isEqualTo(seed.text());
  }
}
