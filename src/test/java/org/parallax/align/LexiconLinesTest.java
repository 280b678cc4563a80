package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconLinesTest {
  private static EquivalenceLexicon known() throws IOException {
    return EquivalenceLexicon.parse(
        new StringReader("Khankendi\tStepanakert\tframe:cultural_identity\n"));
  }

  @Test
  void anEntryIsItsNamesBetweenTabsThenItsFrame() {
    assertThat(LexiconLines.entry(List.of("exodus ", "reintegration"), "legality"))
        .isEqualTo("exodus\treintegration\tframe:legality");
    assertThat(LexiconLines.entry(List.of("exodus", "reintegration"), ""))
        .isEqualTo("exodus\treintegration");
  }

  @Test
  void mergingAddsNewEntriesOnceAndCountsTheOnesAlreadyKnown() throws IOException {
    String readers = "Lachin road\tBerdzor road\n";
    String imported =
        "# a comment\n"
            + "stepanakert = KHANKENDI\n" // bundled, case aside
            + "Berdzor road\tLachin road\n" // the reader's, in another order
            + "exodus\treintegration\tframe:legality\n"
            + "exodus\treintegration\n" // just added
            + "residents\n" // one name: not an entry
            + "population\tresidents\n";

    LexiconLines.Merge merge = LexiconLines.merge(readers, imported, known());

    assertThat(merge.added()).isEqualTo(2);
    assertThat(merge.alreadyThere()).isEqualTo(3);
    assertThat(merge.text())
        .isEqualTo(
            "Lachin road\tBerdzor road\n"
                + "exodus\treintegration\tframe:legality\n"
                + "population\tresidents");
  }

  @Test
  void anEntryKnownWithAnotherFrameIsAddedSoItsFrameWins() throws IOException {
    LexiconLines.Merge merge =
        LexiconLines.merge("", "Khankendi\tStepanakert\tframe:legality\n", known());

    assertThat(merge.added()).isEqualTo(1);
    assertThat(merge.text()).isEqualTo("Khankendi\tStepanakert\tframe:legality");
  }

  @Test
  void importingOneFileTwiceAddsNothingTheSecondTime() throws IOException {
    // Found by fuzzing: two entries sharing a name join into one referent whose frame is the
    // second's, so the first no longer looked known.
    String imported =
        "Stepanakert\tKhankendi\tframe:naming\nLachin\tLachkert\tKhankendi\tframe:other\n";

    LexiconLines.Merge first = LexiconLines.merge("", imported, known());
    LexiconLines.Merge second = LexiconLines.merge(first.text(), imported, known());

    assertThat(first.added()).isEqualTo(2);
    assertThat(second.added()).isZero();
    assertThat(second.alreadyThere()).isEqualTo(2);
    assertThat(second.text()).isEqualTo(first.text());
  }

  @Test
  void anExportHoldsTheReadersEntriesAndOnRequestTheBundledOnesFirst() throws IOException {
    String readers = "exodus\treintegration\n";

    String own = LexiconLines.export(readers, false);
    String all = LexiconLines.export(readers, true);

    assertThat(own.lines().filter(EquivalenceLexicon::isEntry))
        .containsExactly("exodus\treintegration");
    assertThat(all.lines().filter(EquivalenceLexicon::isEntry).toList())
        .startsWith(LexiconLines.bundledEntries().get(0))
        .endsWith("exodus\treintegration")
        .hasSize(LexiconLines.bundledEntries().size() + 1);
    EquivalenceLexicon read = EquivalenceLexicon.parse(new StringReader(all));
    assertThat(read.equivalent("Shushi", "Şuşa")).isTrue();
    assertThat(read.equivalent("exodus", "reintegration")).isTrue();
  }

  @Test
  void aLineNamingAFrameTheCodebookLacksIsToldTheFramesThereAre() {
    List<String> problems =
        LexiconLines.frameProblems(
            "# frame:nothing\nexodus\treintegration\tframe:legal\nA\tB\tframe:security",
            List.of("security", "legality"));

    assertThat(problems)
        .containsExactly(
            "Line 2 names a frame the codebook does not have (legal): use one of"
                + " frame:legality, frame:security.");
  }
}
