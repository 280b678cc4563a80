package org.parallax.align;

import java.util.Locale;
import org.parallax.align.gold.GoldEvaluation;
import org.parallax.align.gold.GoldSet;

/** Development aid: grid search of the settings on the gold set. */
public final class GoldTuning {
  public static void main(String[] args) {
    GoldSet set = GoldSet.load();
    boolean lexical = args.length > 0 && args[0].equals("lexical");
    AlignmentSettings d = AlignmentSettings.defaults().withLexicalOnly(lexical);
    System.out.println("default\n" + GoldRun.parallax(set, d, MemoEmbedder.MINILM).table());
    double best = 0;
    for (double mw : new double[] {0.4, 0.5, 0.6, 0.7}) {
      for (double ww : new double[] {0.1, 0.2, 0.3}) {
        for (double nw : new double[] {0.1, 0.2, 0.3}) {
          for (double margin : new double[] {0, 0.25, 0.5, 0.75}) {
            for (double ratio : new double[] {0.6, 0.75, 0.9}) {
              for (double min = 0.05; min <= 0.45; min += 0.025) {
                AlignmentSettings s =
                    d.withWeights(lexical ? 0 : mw, ww, nw)
                        .withMargin(3, margin)
                        .withGrouping(ratio, 3)
                        .withMinScore(min);
                GoldEvaluation e = GoldRun.parallax(set, s, MemoEmbedder.MINILM);
                if (e.micro().f1() > best) {
                  best = e.micro().f1();
                  System.out.printf(
                      Locale.ROOT,
                      "m %.2f w %.2f n %.2f margin %.2f ratio %.2f min %.3f -> %s%n",
                      mw,
                      ww,
                      nw,
                      margin,
                      ratio,
                      min,
                      e.micro().summary());
                }
              }
            }
          }
        }
      }
    }
  }
}
