package org.parallax.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

class LexiconTermsTest {
  private static final String A =
      "Convoys left Khankendi by the Lachin road. Khankendi stayed calm.";
  private static final String B = "Stepanakert emptied along the Lachin corridor.";

  private final EquivalenceLexicon lexicon = lexicon();
  private final Comparison plain = Fixtures.comparison(A, B, List.of(), List.of(), List.of());

  @Test
  void knownNamesInEitherTextBecomeSuggestionsPairedInOrder() {
    List<TermTag> suggested = LexiconTerms.suggest(plain, lexicon, Fixtures.CLOCK);

    assertThat(suggested)
        .extracting(t -> words(plain, t))
        .containsExactly("Khankendi", "Lachin road", "Khankendi", "Stepanakert", "Lachin corridor");
    assertThat(suggested).extracting(TermTag::id).containsExactly("T1", "T2", "T3", "T4", "T5");
    assertThat(suggested)
        .extracting(TermTag::pairedWith)
        .containsExactly("T4", "T5", "", "T1", "T2");
    assertThat(suggested).allMatch(t -> t.status() == LinkStatus.SUGGESTED);
    assertThat(suggested).allMatch(t -> t.frame().equals("other"));
  }

  @Test
  void aSuggestionTakesTheFrameItsLexiconLineGivesWhenTheCodebookHasIt() throws IOException {
    EquivalenceLexicon framed =
        EquivalenceLexicon.parse(
            new StringReader(
                "Khankendi\tStepanakert\tframe:cultural_identity\n"
                    + "Lachin road\tLachin corridor\tframe:no_such_frame\n"));

    List<TermTag> suggested = LexiconTerms.suggest(plain, framed, Fixtures.CLOCK);

    assertThat(suggested)
        .extracting(t -> words(plain, t), TermTag::frame)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Khankendi", "cultural_identity"),
            org.assertj.core.groups.Tuple.tuple("Lachin road", "other"),
            org.assertj.core.groups.Tuple.tuple("Khankendi", "cultural_identity"),
            org.assertj.core.groups.Tuple.tuple("Stepanakert", "cultural_identity"),
            org.assertj.core.groups.Tuple.tuple("Lachin corridor", "other"));
  }

  @Test
  void theBundledLexiconFramesEveryReferent() {
    EquivalenceLexicon bundled = EquivalenceLexicon.bundled();

    for (int r = 0; r < bundled.size(); r++) {
      String frame = bundled.frame(r);
      assertThat(
              org.parallax.model.Codebook.defaults().find(org.parallax.model.TagTarget.TERM, frame))
          .as("frame of %s", bundled.names(r))
          .isPresent();
    }
  }

  @Test
  void aNameBothTextsUseFramesNothingBetweenThemAndIsNotSuggested() {
    Comparison c =
        Fixtures.comparison(
            "Karabakh voted. Khankendi was quiet.",
            "Karabakh emptied. Stepanakert was silent. Karabakh mourned.",
            List.of(),
            List.of(),
            List.of());

    List<TermTag> suggested = LexiconTerms.suggest(c, lexicon, Fixtures.CLOCK);

    assertThat(suggested).extracting(t -> words(c, t)).containsExactly("Khankendi", "Stepanakert");
    assertThat(suggested.get(0).pairedWith()).isEqualTo(suggested.get(1).id());
  }

  @Test
  void placesAlreadyTaggedAreNotSuggestedAgain() {
    TermTag rejected =
        new TermTag("T7", Side.A, 13, 22, "other", "", "", LinkStatus.REJECTED, "", null, null);
    Comparison c = Fixtures.comparison(A, B, List.of(), List.of(), List.of(rejected));

    List<TermTag> suggested = LexiconTerms.suggest(c, lexicon, Fixtures.CLOCK);

    assertThat(suggested)
        .extracting(t -> words(c, t))
        .containsExactly("Lachin road", "Khankendi", "Stepanakert", "Lachin corridor");
    assertThat(suggested).extracting(TermTag::id).containsExactly("T8", "T9", "T10", "T11");
    assertThat(suggested.get(1).pairedWith()).isEqualTo("T10");
  }

  @Test
  void addingSuggestionsIsOneUndoStepThatKeepsThePairs() {
    List<TermTag> suggested = LexiconTerms.suggest(plain, lexicon, Fixtures.CLOCK);
    Edits edits = Fixtures.edits().reserving(List.of("T1"));

    Change change = edits.addTermSuggestions(plain, suggested);
    Comparison after = Fixtures.applyAndCheckUndo(plain, change);

    assertThat(after.terms()).extracting(TermTag::id).containsExactly("T2", "T3", "T4", "T5", "T6");
    assertThat(after.terms())
        .extracting(TermTag::pairedWith)
        .containsExactly("T5", "T6", "", "T2", "T3");
    assertThat(change.description()).isEqualTo("Suggest 5 contested terms");
  }

  private static String words(Comparison c, TermTag t) {
    return c.document(t.side()).slice(t.start(), t.end());
  }

  private static EquivalenceLexicon lexicon() {
    try {
      return EquivalenceLexicon.parse(
          new StringReader(
              "Khankendi\tStepanakert\nLachin road\tLachin corridor\nKarabakh\tArtsakh\n"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
