package org.parallax.ui.align;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.MiniLmEmbedder;

/**
 * The alignment settings the reader may change in the window, kept between runs.
 *
 * @param meaning whether the meaning model (sentence embeddings) is used
 * @param minScore suggestions scoring below this are dropped, with the meaning model
 * @param lexicalMinScore the same threshold without it (lexical scores run lower)
 * @param equivalences the reader's own equivalent names, in the lexicon file's format (tabs)
 */
public record AlignmentChoices(
    boolean meaning, double minScore, double lexicalMinScore, String equivalences) {

  /** The built-in settings and no equivalences of the reader's own. */
  public static final AlignmentChoices DEFAULTS =
      new AlignmentChoices(
          true,
          AlignmentSettings.defaults().minScore(),
          AlignmentSettings.defaults().lexicalMinScore(),
          "");

  public AlignmentChoices {
    minScore = clamp(minScore);
    lexicalMinScore = clamp(lexicalMinScore);
    equivalences = equivalences == null ? "" : equivalences;
  }

  /** These choices with other equivalent names. */
  public AlignmentChoices withEquivalences(String names) {
    return new AlignmentChoices(meaning, minScore, lexicalMinScore, names);
  }

  /** The aligner's settings: the defaults with the reader's choices. */
  public AlignmentSettings settings() {
    return AlignmentSettings.defaults()
        .withLexicalOnly(!meaning)
        .withMinScore(minScore)
        .withLexicalMinScore(lexicalMinScore);
  }

  /** An aligner with these settings and the built-in lexicon plus the reader's equivalences. */
  public Aligner aligner() {
    return new Aligner(settings(), MiniLmEmbedder.INSTANCE, lexicon());
  }

  /** The built-in lexicon plus the reader's equivalences. */
  public EquivalenceLexicon lexicon() {
    try {
      return EquivalenceLexicon.bundled().with(new StringReader(equivalences));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static double clamp(double score) {
    return Double.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
  }
}
