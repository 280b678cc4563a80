package org.parallax.ui.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.segment.Segmenter;
import org.parallax.ui.Messages;
import org.parallax.ui.support.BackgroundRunner;
import org.parallax.ui.tag.ComparisonSession;

class AlignmentSetupTest {
  private final AlignmentChoicesStore store =
      AlignmentChoicesStore.inMemory(AlignmentChoices.DEFAULTS.withEquivalences("a\tb"));
  private final AlignmentSetup setup = new AlignmentSetup(store, store.load(problem -> {}));
  private final AlignmentViewModel alignment =
      new AlignmentViewModel(
          Segmenter::new,
          () -> new Aligner(AlignmentSettings.defaults().withLexicalOnly(true)),
          BackgroundRunner.inPlace(),
          Clock.systemUTC(),
          new ComparisonSession());

  @Test
  void anEntryFromTheTermsTabIsKeptOnceAndUsedByTheLexicon() {
    String told = setup.addEntry("exodus\treintegration\tframe:legality", alignment);

    assertThat(told).isEqualTo(Messages.get("terms.addToLexicon.done", "exodus = reintegration"));
    assertThat(store.load(problem -> {}).equivalences())
        .isEqualTo("a\tb\nexodus\treintegration\tframe:legality");
    assertThat(setup.current().lexicon().equivalent("Exodus", "reintegration")).isTrue();

    assertThat(setup.addEntry("Reintegration\texodus", alignment))
        .isEqualTo(Messages.get("terms.addToLexicon.known", "Reintegration = exodus"));
    assertThat(store.load(problem -> {}).equivalences())
        .isEqualTo("a\tb\nexodus\treintegration\tframe:legality");
  }
}
