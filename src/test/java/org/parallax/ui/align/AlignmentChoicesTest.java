package org.parallax.ui.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.align.AlignmentSettings;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.store.EquivalenceFile;
import org.parallax.task.Progress;

class AlignmentChoicesTest {
  @TempDir java.nio.file.Path folder;

  @Test
  void theDefaultsAreTheAlignersDefaults() {
    assertThat(AlignmentChoices.DEFAULTS.settings()).isEqualTo(AlignmentSettings.defaults());
  }

  @Test
  void theReadersChoicesReachTheSettings() {
    AlignmentSettings settings = new AlignmentChoices(false, 0.4, 0.15, "").settings();

    assertThat(settings.lexicalOnly()).isTrue();
    assertThat(settings.minScore(true)).isEqualTo(0.4);
    assertThat(settings.minScore(false)).isEqualTo(0.15);
  }

  @Test
  void scoresOutsideZeroToOneAreBroughtInside() {
    AlignmentChoices choices = new AlignmentChoices(true, 1.5, Double.NaN, null);

    assertThat(choices.minScore()).isEqualTo(1);
    assertThat(choices.lexicalMinScore()).isZero();
    assertThat(choices.equivalences()).isEmpty();
  }

  @Test
  void theReadersEquivalentNamesLinkClaimsThatNameOnePlaceDifferently() {
    Document a = doc("The convoy reached Marrowgate before dawn on Tuesday.");
    Document b = doc("Trucks rolled into Old Fennick during the night.");
    List<Claim> claimsA = new Segmenter().segment(a, Side.A);
    List<Claim> claimsB = new Segmenter().segment(b, Side.B);
    AlignmentChoices plain = new AlignmentChoices(false, 0.2, 0.05, "");
    AlignmentChoices named = plain.withEquivalences("Marrowgate\tOld Fennick");

    List<Link> without = plain.aligner().align(a, claimsA, b, claimsB, Progress.NONE).suggestions();
    List<Link> with = named.aligner().align(a, claimsA, b, claimsB, Progress.NONE).suggestions();

    assertThat(without).isEmpty();
    assertThat(with)
        .singleElement()
        .satisfies(
            link ->
                assertThat(String.join("; ", link.reasons()))
                    .contains("equivalent: Marrowgate = Old Fennick"));
  }

  @Test
  void theAppsStoreKeepsSwitchesInPreferencesAndNamesInTheirFile() throws BackingStoreException {
    Preferences node = Preferences.userRoot().node("org/parallax/test/alignment-choices");
    try {
      java.nio.file.Path names = folder.resolve("equivalences.tsv");
      AlignmentChoicesStore store =
          AlignmentChoicesStore.preferences(node, new EquivalenceFile(names));
      AlignmentChoices chosen = new AlignmentChoices(false, 0.35, 0.1, "Shusha\tShushi");

      assertThat(store.load(problem -> {})).isEqualTo(AlignmentChoices.DEFAULTS);
      store.save(chosen);

      assertThat(store.load(problem -> {})).isEqualTo(chosen);
      assertThat(names).hasContent("Shusha\tShushi");
      assertThat(store.equivalencesPath()).isEqualTo(names.toString());
    } catch (org.parallax.store.StoreException e) {
      throw new AssertionError(e);
    } finally {
      node.removeNode();
    }
  }

  @Test
  void anUnreadableNamesFileIsReportedAndNotOverwrittenBySavingTheOtherSettings() throws Exception {
    Preferences node = Preferences.userRoot().node("org/parallax/test/alignment-unreadable");
    try {
      java.nio.file.Path names = folder.resolve("equivalences.tsv");
      byte[] latin1 = "Füzuli\tVaranda".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      java.nio.file.Files.write(names, latin1);
      AlignmentChoicesStore store =
          AlignmentChoicesStore.preferences(node, new EquivalenceFile(names));
      List<String> problems = new java.util.ArrayList<>();

      AlignmentChoices loaded = store.load(problems::add);
      store.save(new AlignmentChoices(false, 0.3, 0.1, loaded.equivalences()));

      assertThat(loaded.equivalences()).isEmpty();
      assertThat(problems).singleElement().asString().contains("is not UTF-8 text");
      assertThat(store.namesProblem()).isEqualTo(problems.get(0));
      assertThat(java.nio.file.Files.readAllBytes(names)).isEqualTo(latin1);
      assertThat(store.load(p -> {}).minScore()).isEqualTo(0.3);
    } finally {
      node.removeNode();
    }
  }

  private static Document doc(String text) {
    return new Document(
        text, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())), null, null);
  }
}
