package org.parallax.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.align.gold.ClaimPair;
import org.parallax.align.gold.GoldPair;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.SegmentedPair;
import org.parallax.segment.Segmenter;

/** Development aid: signal values of gold pairs against the best other pairs. */
public final class GoldDiagnosis {
  public static void main(String[] args) {
    GoldSet set = GoldSet.load();
    Segmenter segmenter = new Segmenter();
    for (GoldPair pair : set.pairs()) {
      SegmentedPair sp = SegmentedPair.of(pair, segmenter::segment);
      Set<ClaimPair> gold = ClaimPair.expand(sp.gold());
      FeatureExtractor fx = new FeatureExtractor(GoldRun.lexiconFor(pair));
      List<ClaimFeatures> fa =
          sp.aClaims().stream().map(c -> fx.extract(c.textIn(sp.a()))).toList();
      List<ClaimFeatures> fb =
          sp.bClaims().stream().map(c -> fx.extract(c.textIn(sp.b()))).toList();
      List<String> all = new java.util.ArrayList<>(fa.stream().map(ClaimFeatures::text).toList());
      all.addAll(fb.stream().map(ClaimFeatures::text).toList());
      float[][] v = MiniLmEmbedder.INSTANCE.embed(all);
      Corpus c = new Corpus(fa, fb, v);
      PairSignal m = Signals.create("meaning", c);
      PairSignal w = Signals.create("words", c);
      PairSignal n = Signals.create("names", c);
      System.out.println("== " + pair.name() + " gold pairs " + gold.size());
      for (int a = 0; a < fa.size(); a++) {
        for (int b = 0; b < fb.size(); b++) {
          String ida = sp.aClaims().get(a).id();
          String idb = sp.bClaims().get(b).id();
          boolean g = gold.contains(new ClaimPair(ida, idb));
          double sm = m.score(a, c.b(b));
          double sw = w.score(a, c.b(b));
          double sn = n.score(a, c.b(b));
          if (g || sm > 0.5 || sw > 0.25 || sn > 0.3) {
            System.out.printf(
                Locale.ROOT,
                "%s %s-%s m %.2f w %.2f n %.2f%n",
                g ? "G" : " ",
                ida,
                idb,
                sm,
                sw,
                sn);
          }
        }
      }
    }
  }
}
