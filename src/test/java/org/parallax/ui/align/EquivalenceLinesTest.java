package org.parallax.ui.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EquivalenceLinesTest {

  @Test
  void theFilesTabsAreShownAsEqualsSigns() {
    String file = "# my places\nKhankendi\tStepanakert\n\nShusha\tShushi\tŞuşa";

    assertThat(EquivalenceLines.toEditable(file))
        .isEqualTo("# my places\nKhankendi = Stepanakert\n\nShusha = Shushi = Şuşa");
  }

  @Test
  void equalsSignsAndTypedTabsBecomeTabsWithNamesTrimmed() {
    String edited = "  Khankendi=Stepanakert \nLachin corridor\t =  Berdzor road\n# kept as is";

    assertThat(EquivalenceLines.toFile(edited))
        .isEqualTo("Khankendi\tStepanakert\nLachin corridor\tBerdzor road\n# kept as is");
  }

  @Test
  void editingWhatTheFileHoldsGivesTheFileBack() {
    String file = "Aghdam\tAkna\nKalbajar\tKarvachar";

    assertThat(EquivalenceLines.toFile(EquivalenceLines.toEditable(file))).isEqualTo(file);
  }

  @Test
  void aLineWithOneNameIsAProblemNamedByItsLineNumber() {
    String edited = "Khankendi = Stepanakert\n\nBerdzor\n# a comment\n = ";

    assertThat(EquivalenceLines.problems(edited))
        .containsExactly(
            "Line 3 has only one name (Berdzor): put = between two or more names of the same"
                + " place, person or event.",
            "Line 5 has only one name: put = between two or more names of the same place, person"
                + " or event.");
  }

  @Test
  void commentsAndBlankLinesAreNoProblem() {
    assertThat(EquivalenceLines.problems("# nothing yet\n\n")).isEmpty();
  }

  @Test
  void aLinesFrameSurvivesEditingAndIsNoName() {
    String file = "Khankendi\tStepanakert\tframe:cultural_identity";

    String editable = EquivalenceLines.toEditable(file);

    assertThat(editable).isEqualTo("Khankendi = Stepanakert = frame:cultural_identity");
    assertThat(EquivalenceLines.toFile(editable)).isEqualTo(file);
    assertThat(EquivalenceLines.problems("Berdzor = frame:security")).hasSize(1);
  }
}
