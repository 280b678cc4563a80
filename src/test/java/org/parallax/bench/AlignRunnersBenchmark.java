package org.parallax.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.AlignmentResult;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.CandidateTable;
import org.parallax.align.GoldRelations;
import org.parallax.align.GoldRun;
import org.parallax.align.MemoEmbedder;
import org.parallax.align.gold.ClaimPair;
import org.parallax.align.gold.GoldPair;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.SegmentedPair;
import org.parallax.segment.Segmenter;

/**
 * How often the right partner is among a claim's first candidates: recall@1 and recall@3 of the
 * aligner's candidate table against the gold claim pairs, per pair and micro-averaged. A gold pair
 * counts as found at k when either claim has the other among its k best candidates. Also lists the
 * gold pairs missed at 3, with each claim's rank of the other, for the reading below the table.
 */
public final class AlignRunnersBenchmark implements Benchmark {
  private static final int[] KS = {1, 3};

  @Override
  public String name() {
    return "align-runners";
  }

  @Override
  public String run() {
    GoldSet set = GoldSet.load();
    AlignmentSettings defaults = AlignmentSettings.defaults();
    Segmenter segmenter = new Segmenter();
    Map<String, int[]> full = new LinkedHashMap<>();
    Map<String, int[]> lexical = new LinkedHashMap<>();
    List<String> missed = new ArrayList<>();
    for (GoldPair pair : set.pairs()) {
      SegmentedPair segmented = SegmentedPair.of(pair, segmenter::segment);
      AlignmentResult withMeaning = GoldRun.align(segmented, defaults, MemoEmbedder.MINILM);
      AlignmentResult lexicalOnly =
          GoldRun.align(segmented, defaults.withLexicalOnly(true), MemoEmbedder.MINILM);
      full.put(pair.name(), found(segmented, withMeaning.candidates(), pair.name(), missed));
      lexical.put(pair.name(), found(segmented, lexicalOnly.candidates(), pair.name(), null));
    }
    StringBuilder md = new StringBuilder();
    md.append("## Runners-up: the right partner among a claim's first candidates\n\n")
        .append("Recall@k of the candidate table (`AlignmentResult.candidates()`, what the window")
        .append(" shows when a claim is clicked and `align --candidates K` prints) against the")
        .append(" gold claim pairs of `src/test/resources/gold`, default settings: a gold pair")
        .append(" counts as found at k when either claim has the other among its k best")
        .append(" candidates, whether or not the aligner suggests the pair. The ranking's")
        .append(" weights were chosen on the other pairs; ")
        .append(String.join(", ", GoldRelations.HELD_OUT))
        .append(" was held out.\n\n")
        .append("| pair | gold pairs | Parallax R@1 | R@3 | lexical only R@1 | R@3 |\n")
        .append("|---|---|---|---|---|---|\n");
    int[] microFull = new int[KS.length + 1];
    int[] microLexical = new int[KS.length + 1];
    int[] tunedFull = new int[KS.length + 1];
    int[] tunedLexical = new int[KS.length + 1];
    for (String name : full.keySet()) {
      row(md, name, full.get(name), lexical.get(name));
      add(microFull, full.get(name));
      add(microLexical, lexical.get(name));
      if (!GoldRelations.HELD_OUT.contains(name)) {
        add(tunedFull, full.get(name));
        add(tunedLexical, lexical.get(name));
      }
    }
    row(
        md,
        "tuned on (all but " + String.join(", ", GoldRelations.HELD_OUT) + ")",
        tunedFull,
        tunedLexical);
    row(md, "**all (micro)**", microFull, microLexical);
    md.append("\nGold pairs not found at 3 (with meaning): ")
        .append(missed.isEmpty() ? "none" : String.join("; ", missed))
        .append(". Ranks are each claim's rank of the other (– when not among its ")
        .append(CandidateTable.DEPTH)
        .append(" kept candidates).\n\n")
        .append(Benchmarks.environment())
        .append(".\n");
    return md.toString();
  }

  /** Gold pairs, then those found at each k of {@link #KS}; misses at 3 go to {@code missed}. */
  private static int[] found(
      SegmentedPair pair, CandidateTable table, String name, List<String> missed) {
    int[] counts = new int[KS.length + 1];
    for (ClaimPair gold : ClaimPair.expand(pair.gold())) {
      counts[0]++;
      int rank = Math.min(rank(table, gold.a(), gold.b()), rank(table, gold.b(), gold.a()));
      for (int i = 0; i < KS.length; i++) {
        if (rank <= KS[i]) {
          counts[i + 1]++;
        }
      }
      if (rank > 3 && missed != null) {
        missed.add(
            String.format(
                Locale.ROOT,
                "%s %s (%s, %s)",
                name,
                gold,
                shown(rank(table, gold.a(), gold.b())),
                shown(rank(table, gold.b(), gold.a()))));
      }
    }
    return counts;
  }

  /** 1-based rank of {@code other} among {@code claim}'s candidates; past the end when absent. */
  private static int rank(CandidateTable table, String claim, String other) {
    List<CandidateTable.Candidate> candidates = table.of(claim);
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).id().equals(other)) {
        return i + 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static String shown(int rank) {
    return rank == Integer.MAX_VALUE ? "–" : String.valueOf(rank);
  }

  private static void add(int[] sum, int[] counts) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += counts[i];
    }
  }

  private static void row(StringBuilder md, String name, int[] full, int[] lexical) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.2f | **%.2f** | %.2f | %.2f |%n",
            name,
            full[0],
            ratio(full[1], full[0]),
            ratio(full[2], full[0]),
            ratio(lexical[1], lexical[0]),
            ratio(lexical[2], lexical[0])));
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
