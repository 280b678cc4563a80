package org.parallax.bench;

import java.util.Locale;
import java.util.Map;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.GoldRun;
import org.parallax.align.MemoEmbedder;
import org.parallax.align.gold.GoldEvaluation;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.Scores;

/**
 * Precision, recall and F1 of the aligner's suggestions against the gold set, for Parallax with and
 * without the meaning model and for the TF-IDF cosine baseline.
 */
public final class AlignQualityBenchmark implements Benchmark {

  @Override
  public String name() {
    return "align-quality";
  }

  @Override
  public String run() {
    GoldSet set = GoldSet.load();
    AlignmentSettings defaults = AlignmentSettings.defaults();
    GoldEvaluation full = GoldRun.parallax(set, defaults, MemoEmbedder.MINILM);
    GoldEvaluation lexical =
        GoldRun.parallax(set, defaults.withLexicalOnly(true), MemoEmbedder.MINILM);
    GoldEvaluation baseline = GoldRun.baseline(set);
    StringBuilder md = new StringBuilder();
    md.append("## Alignment quality on the gold set\n\n")
        .append(
            "Claim-pair precision / recall / F1 of the suggested links against the hand-made gold")
        .append(" links of `src/test/resources/gold` (")
        .append(set.pairs().size())
        .append(
            " essay pairs), default settings. The baseline is TF-IDF cosine with the mutual-best rule above 0.1")
        .append(" (`TfIdfBaseline.standard()`). Each pair's contested names")
        .append(" (`equivalences.tsv`) are given to Parallax as user lexicon entries.\n\n")
        .append("| pair | Parallax P | R | F1 | lexical only P | R | F1 | TF-IDF P | R | F1 |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Scores> e : full.perPair().entrySet()) {
      row(
          md,
          e.getKey(),
          e.getValue(),
          lexical.perPair().get(e.getKey()),
          baseline.perPair().get(e.getKey()));
    }
    row(md, "**all (micro)**", full.micro(), lexical.micro(), baseline.micro());
    md.append("\n").append(Benchmarks.environment()).append(".\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String name, Scores p, Scores l, Scores t) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
            name,
            p.precision(),
            p.recall(),
            p.f1(),
            l.precision(),
            l.recall(),
            l.f1(),
            t.precision(),
            t.recall(),
            t.f1()));
  }
}
