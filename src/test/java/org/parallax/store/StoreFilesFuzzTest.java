package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import org.parallax.FuzzContract;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.LexiconLines;

/**
 * The comparison loader and the lexicon file under coverage-guided fuzzing ({@link FuzzContract}).
 * The loader's seeds are the frozen fixtures of every format version, so the fuzzer starts from
 * files that migrate; whatever loads must save again. A lexicon is read, checked and merged into
 * the reader's list as the window's Import does, or refused in a sentence.
 */
public class StoreFilesFuzzTest {
  private final ComparisonStore store = new ComparisonStore();
  private final EquivalenceLexicon bundled = EquivalenceLexicon.bundled();

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aComparisonFileOfAnyVersionLoadsAndSavesAgainOrIsRefusedInASentence(byte[] bytes) {
    LoadedComparison loaded;
    try {
      loaded = store.read(bytes);
    } catch (StoreException e) {
      assertThat(e.isUnexpected()).as("a gap in the loader's checks: %s", e.getMessage()).isFalse();
      FuzzContract.refusedClearly(e);
      return;
    }
    try {
      assertThat(store.write(loaded)).isNotEmpty();
    } catch (StoreException e) {
      throw new AssertionError("a loaded comparison could not be saved again: " + e, e);
    }
  }

  @FuzzTest(maxDuration = FuzzContract.SHORT)
  public void aLexiconFileIsMergedIntoTheReadersListOrRefusedInASentence(byte[] bytes)
      throws IOException {
    String text;
    try {
      text = LexiconFile.text(bytes, "names.tsv");
    } catch (StoreException e) {
      FuzzContract.refusedClearly(e);
      return;
    }
    for (String problem : EquivalenceLexicon.problems(text)) {
      assertThat(problem).isNotBlank();
    }
    assertThat(bundled.with(new StringReader(text))).isNotNull();
    LexiconLines.Merge merge = LexiconLines.merge("", text, bundled);
    assertThat(merge.added()).isNotNegative();
    LexiconLines.Merge again = LexiconLines.merge(merge.text(), text, bundled);
    assertThat(again.added()).as("a second import of the same file adds nothing").isZero();
  }
}
