package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquivalenceLexiconTest {

  private final EquivalenceLexicon bundled = EquivalenceLexicon.bundled();

  @Test
  void theBundledLexiconKnowsTheContestedPlaceNames() {
    assertThat(bundled.equivalent("Khankendi", "Stepanakert")).isTrue();
    assertThat(bundled.equivalent("Xankəndi", "Stepanakert")).isTrue();
    assertThat(bundled.equivalent("Shusha", "Shushi")).isTrue();
    assertThat(bundled.equivalent("Lachin", "Berdzor")).isTrue();
    assertThat(bundled.equivalent("Lachin road", "Berdzor road")).isTrue();
    assertThat(bundled.equivalent("Karabakh", "Artsakh")).isTrue();
    assertThat(bundled.equivalent("Kalbajar", "Karvachar")).isTrue();
  }

  @Test
  void anAzerbaijaniSpellingFindsTheEnglishOneAndBack() throws IOException {
    EquivalenceLexicon user = EquivalenceLexicon.parse(new StringReader("Xocavənd = Martuni\n"));
    assertThat(user.equivalent("Khojavand", "Martuni")).isTrue();
    assertThat(bundled.equivalent("Shusha", "Şuşa")).isTrue();
    assertThat(bundled.find("the road to Şusha")).hasSize(1);
  }

  @Test
  void namesOfDifferentReferentsAreNotEquivalent() {
    assertThat(bundled.equivalent("Shusha", "Stepanakert")).isFalse();
  }

  @Test
  void matchingIgnoresCaseAndTheLongestNameWins() {
    var hits = bundled.find("They closed the LACHIN ROAD at dawn.");

    assertThat(hits).hasSize(1);
    assertThat(bundled.names(hits.get(0).referent())).contains("Lachin road");
    assertThat(hits.get(0).start()).isEqualTo("They closed the ".length());
    assertThat(hits.get(0).end()).isEqualTo("They closed the LACHIN ROAD".length());
  }

  @Test
  void aUserLineSharingANameJoinsTheExistingReferent() throws IOException {
    EquivalenceLexicon extended =
        bundled.with(new StringReader("# mine\nStepanakert\tStepanakertum\n"));

    assertThat(extended.equivalent("Khankendi", "Stepanakertum")).isTrue();
    assertThat(extended.size()).isEqualTo(bundled.size());
  }

  @Test
  void aLineSharingNamesWithTwoReferentsJoinsThemIntoOne() throws IOException {
    EquivalenceLexicon two =
        EquivalenceLexicon.parse(
            new StringReader("Kettle Ford\tSallow Bridge\nOld Mill\tMillbrook\n"));
    assertThat(two.equivalent("Kettle Ford", "Millbrook")).isFalse();

    EquivalenceLexicon joined = two.with(new StringReader("Sallow Bridge\tOld Mill\n"));

    assertThat(joined.size()).isEqualTo(1);
    assertThat(joined.equivalent("Kettle Ford", "Millbrook")).isTrue();
  }

  @Test
  void aUserFileAddsNewReferents(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("mine.tsv"), "Kettle Ford\tSallow Bridge\n");

    EquivalenceLexicon extended = bundled.with(Files.newBufferedReader(file));

    assertThat(extended.equivalent("kettle ford", "Sallow Bridge")).isTrue();
    assertThat(extended.size()).isEqualTo(bundled.size() + 1);
  }

  @Test
  void aLineMayJoinItsNamesWithEqualsSignsInsteadOfTabs() throws Exception {
    EquivalenceLexicon lexicon =
        EquivalenceLexicon.parse(new java.io.StringReader("Old Fennick = Marrowgate=Fenn Town\n"));

    assertThat(lexicon.equivalent("Old Fennick", "Marrowgate")).isTrue();
    assertThat(lexicon.equivalent("Fenn Town", "Marrowgate")).isTrue();
    assertThat(lexicon.size()).isEqualTo(1);
  }

  @Test
  void aFrameFieldIsTheReferentsFrameAndNoNameAndALaterLineOverridesIt() throws Exception {
    EquivalenceLexicon lexicon =
        EquivalenceLexicon.parse(
                new java.io.StringReader("Lachin\tBerdzor\tframe:cultural_identity\n"))
            .with(new java.io.StringReader("Berdzor\tLaçın\tframe:security\n"));

    assertThat(lexicon.size()).isEqualTo(1);
    assertThat(lexicon.names(0)).containsExactly("Lachin", "Berdzor", "Laçın");
    assertThat(lexicon.frame(0)).isEqualTo("security");
    assertThat(lexicon.find("frame cultural_identity")).isEmpty();
  }

  @Test
  void aLineWithoutAFrameKeepsTheFrameItJoins() throws Exception {
    EquivalenceLexicon lexicon =
        EquivalenceLexicon.parse(
                new java.io.StringReader("Lachin\tBerdzor\tframe:cultural_identity\n"))
            .with(new java.io.StringReader("Berdzor\tLachin corridor\n"));

    assertThat(lexicon.frame(0)).isEqualTo("cultural_identity");
    assertThat(EquivalenceLexicon.frameOn("Lachin\tBerdzor")).isEmpty();
  }

  @Test
  void lexiconsReadFromTheSameLinesAreEqualAndAnotherNameOrFrameMakesThemDiffer()
      throws IOException {
    String line = "reintegration plan\tforced exodus\tframe: security\n";
    EquivalenceLexicon one = EquivalenceLexicon.bundled().with(new StringReader(line));
    EquivalenceLexicon again = EquivalenceLexicon.bundled().with(new StringReader(line));

    assertThat(one).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(one).isNotEqualTo(EquivalenceLexicon.bundled());
    assertThat(one)
        .isNotEqualTo(
            EquivalenceLexicon.bundled()
                .with(new StringReader("reintegration plan\tforced exodus\tframe: other\n")));
  }
}
