package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.GoldRelations;
import org.parallax.align.GoldRun;
import org.parallax.align.MemoEmbedder;
import org.parallax.align.gold.GoldEvaluation;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.RelationAccuracy;
import org.parallax.align.gold.Scores;

/**
 * Accuracy of the suggested relation on the gold links the aligner finds, per pair and micro,
 * against the majority-relation baseline; and the F1 of the links themselves, which the relations
 * must leave as it was.
 */
public final class RelationQualityBenchmark implements Benchmark {

  @Override
  public String name() {
    return "relation-quality";
  }

  @Override
  public String run() {
    GoldSet set = GoldSet.load();
    AlignmentSettings defaults = AlignmentSettings.defaults();
    RelationAccuracy r = GoldRun.relations(set, defaults, MemoEmbedder.MINILM);
    GoldEvaluation links = GoldRun.parallax(set, defaults, MemoEmbedder.MINILM);
    RelationAccuracy.Counts tuning = new RelationAccuracy.Counts(0, 0, 0, 0);
    RelationAccuracy.Counts heldOut = new RelationAccuracy.Counts(0, 0, 0, 0);
    List<Scores> tuningF1 = new ArrayList<>();
    for (Map.Entry<String, RelationAccuracy.Counts> e : r.perPair().entrySet()) {
      if (GoldRelations.HELD_OUT.contains(e.getKey())) {
        heldOut = heldOut.plus(e.getValue());
      } else {
        tuning = tuning.plus(e.getValue());
        tuningF1.add(links.perPair().get(e.getKey()));
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("## Suggested relations on the gold set\n\n")
        .append("How often the relation the aligner suggests for a link (`align.RelationRules`) is")
        .append(" the gold relation, on the gold links it finds at the default settings (a gold")
        .append(" link is found when a suggestion shares a claim pair with it; the suggestion")
        .append(" sharing most pairs is the one judged). The baseline always answers the set's")
        .append(" most frequent gold relation, **")
        .append(r.majority())
        .append("**. The rules were written and ordered looking at the found links of the first")
        .append(" five pairs only; ")
        .append(String.join(", ", GoldRelations.HELD_OUT))
        .append(" was written for this measure afterwards and kept out of tuning.\n\n")
        .append("| pair | gold links | found | suggested relation right | accuracy | baseline |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, RelationAccuracy.Counts> e : r.perPair().entrySet()) {
      row(
          md,
          GoldRelations.HELD_OUT.contains(e.getKey()) ? e.getKey() + " (held out)" : e.getKey(),
          e.getValue());
    }
    row(md, "**tuning pairs (micro)**", tuning);
    row(md, "**held out (micro)**", heldOut);
    row(md, "**all (micro)**", r.micro());
    List<String> tuningNames =
        r.perPair().keySet().stream().filter(n -> !GoldRelations.HELD_OUT.contains(n)).toList();
    md.append("\nGold relation (rows) against suggested relation, all pairs: ")
        .append(r.confusion())
        .append(".\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Where one suggestion is the one judged for two gold links of different relations"
                    + " (\"the cost is £14 million\" agrees with B's headline price and"
                    + " contradicts its estimate, and the aligner joins all three), at most one"
                    + " can be right: the most any choice of relations could reach is %d of %d on"
                    + " the tuning pairs (%.2f), %d of %d over all pairs (%.2f).%n%n",
                r.reachable(tuningNames),
                tuning.found(),
                (double) r.reachable(tuningNames) / Math.max(1, tuning.found()),
                r.reachable(r.perPair().keySet()),
                r.micro().found(),
                (double) r.reachable(r.perPair().keySet()) / Math.max(1, r.micro().found())))
        .append(
            String.format(
                Locale.ROOT,
                "Link F1 (micro) in the same run: %.3f over the five tuning pairs, %.3f over all"
                    + " %d pairs; suggesting relations does not change which links are"
                    + " suggested.%n%n",
                Scores.micro(tuningF1).f1(),
                links.micro().f1(),
                set.pairs().size()))
        .append(Benchmarks.environment())
        .append(".\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String name, RelationAccuracy.Counts c) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %d | **%.2f** | %.2f |%n",
            name,
            c.gold(),
            c.found(),
            c.right(),
            c.accuracy(),
            c.baselineAccuracy()));
  }
}
