package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Orphan;
import org.parallax.model.Side;

class DocumentReplacementTest {
  private final ComparisonStore store = new ComparisonStore();
  private final DocumentReplacement replacement = new DocumentReplacement(store);

  /** B with its first sentence deleted and a word changed in the second. */
  private static final String CORRECTED_B =
      "The blockade finally ended only after the offensive.\n\nResidents left by the Lachin road.";

  private LoadedComparison replaced() throws StoreException {
    return replacement.replace(
        LoadedComparison.of(Samples.small()),
        Side.B,
        Samples.document(CORRECTED_B, "Blockade ends (corrected)"));
  }

  @Test
  void claimsOfTheReplacedSideAreFoundInTheNewText() throws Exception {
    Comparison c = replaced().comparison();

    assertThat(c.claim("B2").orElseThrow().textIn(c.b()))
        .isEqualTo("The blockade finally ended only after the offensive.");
    assertThat(c.claim("B3").orElseThrow().textIn(c.b()))
        .isEqualTo("Residents left by the Lachin road.");
    assertThat(c.b().metadata().title()).isEqualTo("Blockade ends (corrected)");
  }

  @Test
  void theOtherSideIsUntouched() throws Exception {
    Comparison c = replaced().comparison();

    assertThat(c.a()).isEqualTo(Samples.small().a());
    assertThat(c.claims(Side.A)).isEqualTo(Samples.small().claims(Side.A));
  }

  @Test
  void aDeletedSentenceBecomesAnOrphanAndItsOnlyLinkToo() throws Exception {
    LoadedComparison state = replaced();

    assertThat(state.orphans())
        .extracting(o -> o.kind() + " " + o.id())
        .containsExactly("CLAIM B1", "LINK L1");
    Orphan claim = state.orphans().get(0);
    assertThat(claim.exact()).isEqualTo("Supplies did not reach Stepanakert for months.");
    assertThat(state.comparison().links()).extracting(l -> l.id()).containsExactly("L2");
  }

  @Test
  void orphansAreSavedAndComeBackOnLoad() throws Exception {
    LoadedComparison state = replaced();

    byte[] saved = store.write(state);
    LoadedComparison reloaded = store.read(saved);

    assertThat(reloaded.orphans()).isEqualTo(state.orphans());
    assertThat(reloaded.comparison()).isEqualTo(state.comparison());
    assertThat(SchemaCheck.problems(saved)).isEmpty();
  }

  @Test
  void anOrphanedLinkKeepsItsWholeEntry() throws Exception {
    Orphan link = replaced().orphans().get(1);

    assertThat(link.data()).contains("\"note\":\"checkpoint vs blockade\"").contains("\"B1\"");
  }

  @Test
  void theReadersPerspectiveLabelStaysWithTheNewVersionOfTheEssay() throws Exception {
    Comparison small = Samples.small();
    org.parallax.model.Document labelled =
        small.b().withMetadata(small.b().metadata().withPerspective("Armenian perspective"));
    Comparison withLabel =
        new Comparison(
            small.title(),
            small.annotator(),
            small.a(),
            labelled,
            small.claims(),
            small.links(),
            small.terms(),
            small.codebook(),
            small.created(),
            small.modified());

    Comparison c =
        replacement
            .replace(
                LoadedComparison.of(withLabel),
                Side.B,
                Samples.document(CORRECTED_B, "Blockade ends (corrected)"))
            .comparison();

    assertThat(c.b().metadata().perspective()).isEqualTo("Armenian perspective");
    assertThat(c.b().metadata().title()).isEqualTo("Blockade ends (corrected)");
  }
}
