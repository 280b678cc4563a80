package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;

class ComparisonNamesTest {

  @Test
  void anEssaysTitleLosesItsSubtitleInTheComparisonsTitle() {
    assertThat(ComparisonNames.shortTitle("Military operation in Karabakh: the final battle?"))
        .isEqualTo("Military operation in Karabakh");
    assertThat(
            ComparisonNames.shortTitle(
                "A modern-day ethnic cleansing: Karabakh Armenians flee as Azerbaijan takes over"))
        .isEqualTo("A modern-day ethnic cleansing");
  }

  @Test
  void aLongTitleIsCutAtAWord() {
    String cut =
        ComparisonNames.shortTitle(
            "The long and winding road between two villages that argued for a century");
    assertThat(cut).isEqualTo("The long and winding road between two villages\u2026");
  }

  @Test
  void theDefaultTitleJoinsBothEssaysShortTitles() {
    Comparison c = Fixtures.small();
    String a = ComparisonNames.shortTitle(c.a().metadata().title());
    String b = ComparisonNames.shortTitle(c.b().metadata().title());
    assertThat(ComparisonNames.defaultTitle(c.a(), c.b())).isEqualTo(a + " \u2194 " + b);
  }

  @Test
  void theFileNameKeepsLettersAndDigitsAndJoinsTheRestWithHyphens() {
    assertThat(
            ComparisonNames.fileName(
                "Military operation in Karabakh \u2194 A modern-day ethnic cleansing"))
        .isEqualTo("Military-operation-in-Karabakh-A-modern-day-ethnic-cleansing.parallax.json");
    assertThat(ComparisonNames.fileName("Ağdam / Şuşa: 2023?"))
        .isEqualTo("Agdam-Susa-2023.parallax.json");
    assertThat(ComparisonNames.fileName("../../etc/passwd")).isEqualTo("etc-passwd.parallax.json");
  }

  @Test
  void aTitleWithNothingToKeepGivesAPlainFileName() {
    assertThat(ComparisonNames.fileName(" ?! ")).isEqualTo("comparison.parallax.json");
  }

  @Test
  void renamingTheComparisonIsOneStepThatUndoes() {
    Comparison start = Fixtures.small();
    Comparison after =
        Fixtures.applyAndCheckUndo(
            start, Fixtures.edits().describeComparison(start, " Two views ", "Ana Grigoryan"));
    assertThat(after.title()).isEqualTo("Two views");
    assertThat(after.annotator()).isEqualTo("Ana Grigoryan");
    assertThat(after.links()).isEqualTo(start.links());
  }

  @Test
  void namingTheComparisonAsItIsMakesNoUndoStep() {
    Comparison start = Fixtures.small();
    EditHistory history = new EditHistory(start);
    history.apply(Fixtures.edits().describeComparison(start, start.title(), start.annotator()));
    assertThat(history.canUndo()).isFalse();
  }
}
