package org.parallax.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentResult;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.DecisionLearner;
import org.parallax.align.DecisionSimulation;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.MemoEmbedder;
import org.parallax.align.PairFeatures;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.Scores;
import org.parallax.ingest.BundledSeed;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/**
 * Learning from the reader's decisions, by simulation on the gold set: F1 of the undecided
 * remainder after 10 and 20 decisions for a reader whose suggestions never change, for one whose
 * suggestions are made again without the decided pairs (shipped weights), and for one whose weights
 * and minimum score are also refitted. The refitting's two knobs are chosen leave-one-pair-out:
 * each pair is reported with the knobs that did best on the other pairs.
 */
public final class LearningBenchmark implements Benchmark {
  private static final int[] CHECKPOINTS = {10, 20};
  private static final double[] PRIORS = {1, 3, 10, 30};
  private static final double[] SLOPES = {5, 10, 20};

  @Override
  public String name() {
    return "align-learning";
  }

  @Override
  public String run() {
    GoldSet set = GoldSet.load();
    Map<String, DecisionSimulation> pairs =
        DecisionSimulation.prepare(set, AlignmentSettings.defaults(), MemoEmbedder.MINILM);
    Map<String, List<Scores>> fixed = new LinkedHashMap<>();
    Map<String, List<Scores>> excluding = new LinkedHashMap<>();
    pairs.forEach(
        (name, sim) -> {
          fixed.put(name, sim.run(null, CHECKPOINTS));
          excluding.put(name, sim.run(DecisionLearner.withoutRefitting(), CHECKPOINTS));
        });
    List<DecisionLearner> grid = new ArrayList<>();
    Map<DecisionLearner, String> labels = new LinkedHashMap<>();
    Map<DecisionLearner, Map<String, List<Scores>>> byLearner = new LinkedHashMap<>();
    for (double prior : PRIORS) {
      for (double slope : SLOPES) {
        DecisionLearner learner = new DecisionLearner(prior, slope);
        grid.add(learner);
        labels.put(learner, String.format(Locale.ROOT, "prior %.0f, slope %.0f", prior, slope));
        Map<String, List<Scores>> results = new LinkedHashMap<>();
        pairs.forEach((name, sim) -> results.put(name, sim.run(learner, CHECKPOINTS)));
        byLearner.put(learner, results);
        System.out.printf(
            Locale.ROOT,
            "%-22s micro F1 @10 %.3f @20 %.3f%n",
            labels.get(learner),
            micro(results, 0).f1(),
            micro(results, 1).f1());
      }
    }
    Map<String, List<Scores>> heldOut = new LinkedHashMap<>();
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String name : pairs.keySet()) {
      DecisionLearner best = null;
      double bestValue = -1;
      for (DecisionLearner learner : grid) {
        Map<String, List<Scores>> others = new LinkedHashMap<>(byLearner.get(learner));
        others.remove(name);
        double value = micro(others, 0).f1() + micro(others, 1).f1();
        if (value > bestValue + 1e-12) {
          best = learner;
          bestValue = value;
        }
      }
      heldOut.put(name, byLearner.get(best).get(name));
      chosen.put(name, labels.get(best));
    }
    DecisionLearner shipped = DecisionLearner.DEFAULT;
    Map<String, List<Scores>> shippedResults = new LinkedHashMap<>();
    pairs.forEach((name, sim) -> shippedResults.put(name, sim.run(shipped, CHECKPOINTS)));
    return report(set, fixed, excluding, heldOut, chosen, shippedResults, pairs, shipped);
  }

  private static String report(
      GoldSet set,
      Map<String, List<Scores>> fixed,
      Map<String, List<Scores>> excluding,
      Map<String, List<Scores>> heldOut,
      Map<String, String> chosen,
      Map<String, List<Scores>> shippedResults,
      Map<String, DecisionSimulation> pairs,
      DecisionLearner shipped) {
    StringBuilder md = new StringBuilder();
    md.append("## Learning from the reader's decisions\n\n")
        .append("A simulated reader walks the suggestions best first on each of the ")
        .append(set.pairs().size())
        .append(" gold pairs (default settings, meaning model on): a suggestion whose claim pairs")
        .append(" are all gold is accepted, one with none rejected, one with some trimmed to its")
        .append(" gold pairs (one decision). After every ")
        .append(DecisionSimulation.EVERY)
        .append(" decisions the reader links by hand the first gold pair no suggestion shows, and")
        .append(" a learning reader's suggestions are made again. F1 is that of the undecided")
        .append(" remainder: the suggested claim pairs not yet decided against the gold pairs not")
        .append(" yet accepted. *Static*: suggestions never change. *Excluding*: made again with")
        .append(" the shipped weights, rejected pairs dropped (what learning gives without")
        .append(" refitting). *Learned*: weights and minimum score refitted (`DecisionLearner`),")
        .append(" with the prior strength and slope chosen on the other four pairs")
        .append(" (leave-one-pair-out; no sixth gold pair was on this branch).\n\n")
        .append("| pair | static F1 @10 | excluding | learned | static F1 @20 | excluding |")
        .append(" learned | knobs chosen on the others |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (String name : fixed.keySet()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |%n",
              name,
              fixed.get(name).get(0).f1(),
              excluding.get(name).get(0).f1(),
              heldOut.get(name).get(0).f1(),
              fixed.get(name).get(1).f1(),
              excluding.get(name).get(1).f1(),
              heldOut.get(name).get(1).f1(),
              chosen.get(name)));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| **all (micro, held out)** | %.2f | %.2f | **%.2f** | %.2f | %.2f | **%.2f** | |%n",
            micro(fixed, 0).f1(),
            micro(excluding, 0).f1(),
            micro(heldOut, 0).f1(),
            micro(fixed, 1).f1(),
            micro(excluding, 1).f1(),
            micro(heldOut, 1).f1()));
    md.append("\nThe shipped learner (`DecisionLearner.DEFAULT`, knobs chosen on all five pairs),")
        .append(" micro F1 of the remainder: ")
        .append(
            String.format(
                Locale.ROOT,
                "%.2f after 10 decisions, %.2f after 20 (static %.2f, %.2f).",
                micro(shippedResults, 0).f1(),
                micro(shippedResults, 1).f1(),
                micro(fixed, 0).f1(),
                micro(fixed, 1).f1()))
        .append(" What it learns from the first 20 suggestions' decisions:\n\n")
        .append("| pair | decided pairs (yes / no) | meaning | words | names | minimum score |\n")
        .append("|---|---|---|---|---|---|\n");
    pairs.forEach(
        (name, sim) -> {
          DecisionLearner.Learned learned = sim.learnedAfter(shipped, 20);
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d / %d | %.2f | %.2f | %.2f | %.3f |%n",
                  name,
                  learned.positives(),
                  learned.negatives(),
                  learned.weight("meaning"),
                  learned.weight("words"),
                  learned.weight("names"),
                  learned.minScore()));
        });
    AlignmentSettings d = AlignmentSettings.defaults();
    md.append(
            String.format(
                Locale.ROOT,
                "| shipped defaults | | %.2f | %.2f | %.2f | %.3f |%n",
                d.meaningWeight(),
                d.wordsWeight(),
                d.namesWeight(),
                d.minScore()))
        .append("\n")
        .append(speed())
        .append("\n")
        .append(Benchmarks.environment())
        .append(".\n");
    return md.toString();
  }

  /**
   * How long learning from 20 decisions takes: the first time (which fills the table of signal
   * values) and again (median of five), on the seed pair and on the 100k-word pair.
   */
  private static String speed() {
    StringBuilder md =
        new StringBuilder(
            "Time to learn from 20 decisions and suggest again (`DecisionLearner.learn`; the first"
                + " call fills the table of signal values, later calls reuse it):\n\n"
                + "| case | claims A × B | scored pairs | first call | again (median of 5) |\n"
                + "|---|---|---|---|---|\n");
    Document seed = BundledSeed.load();
    Document counterpart = SyntheticEssay.generate(AlignSpeedBenchmark.COUNTERPART_SEED, 1500);
    timeLearning(
        md, "seed × 1,500-word counterpart", seed, counterpart, AlignmentSettings.defaults());
    timeLearning(
        md,
        "100k words × 100k words, lexical only",
        SyntheticEssay.generate(101, 100_000),
        SyntheticEssay.generate(202, 100_000),
        AlignmentSettings.defaults().withLexicalOnly(true));
    return md.toString();
  }

  private static void timeLearning(
      StringBuilder md, String name, Document a, Document b, AlignmentSettings settings) {
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsA = segmenter.segment(a, Side.A);
    List<Claim> claimsB = segmenter.segment(b, Side.B);
    AlignmentResult result =
        new Aligner(settings, MemoEmbedder.MINILM).align(a, claimsA, b, claimsB, Progress.NONE);
    PairFeatures features =
        PairFeatures.of(
            a, claimsA, b, claimsB, settings, MemoEmbedder.MINILM, EquivalenceLexicon.bundled());
    List<Link> decisions = new ArrayList<>();
    List<Link> suggestions = result.suggestions();
    for (int i = 0; i < Math.min(20, suggestions.size()); i++) {
      Link s = suggestions.get(i);
      decisions.add(
          s.withStatus(i % 3 == 2 ? LinkStatus.REJECTED : LinkStatus.CONFIRMED, Instant.EPOCH));
    }
    DecisionLearner learner = DecisionLearner.DEFAULT;
    long start = System.nanoTime();
    learner.learn(features, decisions);
    double first = (System.nanoTime() - start) / 1e6;
    List<Double> again = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      start = System.nanoTime();
      learner.learn(features, decisions);
      again.add((System.nanoTime() - start) / 1e6);
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d × %d | %d | %.0f ms | %.0f ms |%n",
            name,
            claimsA.size(),
            claimsB.size(),
            features.scored().size(),
            first,
            Benchmarks.median(again)));
  }

  private static Scores micro(Map<String, List<Scores>> results, int checkpoint) {
    return Scores.micro(results.values().stream().map(s -> s.get(checkpoint)).toList());
  }
}
