package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.Fixtures.blockTexts;
import static org.parallax.ingest.Fixtures.clean;

import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/** Canonical text: NFC, line endings, spaces, and characters otherwise untouched. */
class NormalisationTest {

  @Test
  void decomposedLettersAreComposed() {
    Document d = clean("Xanke\u0301ndi and Qarabag\u0306 are names.");
    assertThat(d.text()).isEqualTo("Xankéndi and Qarabağ are names.");
  }

  @Test
  void windowsAndOldMacLineEndingsSplitParagraphsLikeUnixOnes() {
    Document d = clean("First paragraph here.\r\n\r\nSecond one.\r\rThird one.");
    assertThat(blockTexts(d)).containsExactly("First paragraph here.", "Second one.", "Third one.");
  }

  @Test
  void runsOfSpacesAndTabsCollapseToOneSpace() {
    assertThat(clean("The  bridge\t\twas   repaired.").text())
        .isEqualTo("The bridge was repaired.");
  }

  @Test
  void hardWrappedLinesOfAParagraphAreJoined() {
    Document d = clean("The council met on Tuesday\nand agreed to repair\nthe old bridge.");
    assertThat(d.text())
        .isEqualTo("The council met on Tuesday and agreed to repair the old bridge.");
  }

  @Test
  void listItemsStayOnTheirOwnLines() {
    Document d = clean("Three towns:\n\n- Ağdam\n- Şuşa\n- Ստեփանակերտ\n\nThat is all of them.");
    assertThat(blockTexts(d)).contains("- Ağdam\n- Şuşa\n- Ստեփանակերտ");
  }

  @Test
  void quotesDashesAndNonLatinScriptsAreKeptAsWritten() {
    String text = "“Quoted” – ‘single’ — Xankəndi, Şuşa, Ստեփանակերտ, Baku`s.";
    assertThat(clean(text).text()).isEqualTo(text);
  }

  @Test
  void keepingAsIsOnlyNormalisesAndSplitsParagraphs() {
    String raw = "Home > News > World > Story\r\n\r\nP.S.\r\n\r\nA [link](#) and  two  spaces.\r\n";
    Document d =
        new Cleaner()
            .keepAsIs(new RawText(raw, SourceFormat.PLAIN_TEXT, "x.txt", DocumentMetadata.EMPTY));
    assertThat(blockTexts(d))
        .containsExactly("Home > News > World > Story", "P.S.", "A [link](#) and  two  spaces.");
    assertThat(d.removed()).isEmpty();
    assertThat(d.text())
        .isEqualTo("Home > News > World > Story\n\nP.S.\n\nA [link](#) and  two  spaces.");
  }
}
