package org.parallax.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.align.gold.ClaimPair;
import org.parallax.align.gold.GoldSet;
import org.parallax.align.gold.Scores;
import org.parallax.align.gold.SegmentedPair;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.segment.Segmenter;
import org.parallax.task.Progress;

/**
 * A simulated reader on a gold pair. The reader walks the suggestions best first: a suggestion
 * whose claim pairs are all gold is accepted, one with none is rejected, and one with some is
 * trimmed to its gold pairs (accepted) and the rest rejected, all as one decision. After every
 * fifth decision the reader links by hand one gold pair that no suggestion shows (the first in the
 * gold file), and a learning reader's suggestions are made again from all decisions so far.
 */
public final class DecisionSimulation {
  /** Decisions after which every fifth, a hand link is made and the suggestions are relearned. */
  public static final int EVERY = 5;

  private final SegmentedPair pair;
  private final PairFeatures features;
  private final List<Link> suggestions;

  private DecisionSimulation(SegmentedPair pair, AlignmentResult result, PairFeatures features) {
    this.pair = pair;
    this.features = features;
    this.suggestions = result.suggestions();
  }

  /** Aligns every pair of {@code set} once with {@code settings}, ready for simulated readers. */
  public static Map<String, DecisionSimulation> prepare(
      GoldSet set, AlignmentSettings settings, SentenceEmbedder embedder) {
    Segmenter segmenter = new Segmenter();
    Map<String, DecisionSimulation> all = new LinkedHashMap<>();
    set.pairs()
        .forEach(
            gold -> {
              SegmentedPair pair = SegmentedPair.of(gold, segmenter::segment);
              EquivalenceLexicon lexicon = GoldRun.lexiconFor(gold);
              AlignmentResult result =
                  new Aligner(settings, embedder, lexicon)
                      .align(pair.a(), pair.aClaims(), pair.b(), pair.bClaims(), Progress.NONE);
              PairFeatures features =
                  PairFeatures.of(
                      pair.a(),
                      pair.aClaims(),
                      pair.b(),
                      pair.bClaims(),
                      settings,
                      embedder,
                      lexicon);
              all.put(gold.name(), new DecisionSimulation(pair, result, features));
            });
    return all;
  }

  /**
   * Runs the reader for {@code decisions} decisions and scores the undecided remainder at each of
   * {@code checkpoints}.
   *
   * @param learner relearns the suggestions after every {@value #EVERY} decisions, or null for a
   *     reader whose suggestions never change
   */
  public List<Scores> run(DecisionLearner learner, int... checkpoints) {
    Set<ClaimPair> gold = ClaimPair.expand(pair.gold());
    List<Link> decisions = new ArrayList<>();
    Set<ClaimPair> decided = new HashSet<>();
    Set<ClaimPair> accepted = new HashSet<>();
    List<Link> current = suggestions;
    List<Scores> scores = new ArrayList<>();
    int last = checkpoints[checkpoints.length - 1];
    for (int made = 1; made <= last; made++) {
      Link next =
          current.stream().filter(l -> !undecided(l, decided).isEmpty()).findFirst().orElse(null);
      if (next != null) {
        Set<ClaimPair> open = undecided(next, decided);
        List<ClaimPair> yes = open.stream().filter(gold::contains).toList();
        List<ClaimPair> no = open.stream().filter(p -> !gold.contains(p)).toList();
        yes.forEach(p -> decisions.add(link(p, LinkStatus.CONFIRMED, decisions.size())));
        no.forEach(p -> decisions.add(link(p, LinkStatus.REJECTED, decisions.size())));
        decided.addAll(open);
        accepted.addAll(yes);
      }
      if (made % EVERY == 0) {
        Set<ClaimPair> shown = pairs(current, decided);
        gold.stream()
            .filter(p -> !decided.contains(p) && !shown.contains(p))
            .findFirst()
            .ifPresent(
                p -> {
                  decisions.add(link(p, LinkStatus.CONFIRMED, decisions.size()));
                  decided.add(p);
                  accepted.add(p);
                });
        if (learner != null) {
          current = learner.learn(features, decisions).suggestions();
        }
      }
      for (int c : checkpoints) {
        if (c == made) {
          Set<ClaimPair> remainingGold = new LinkedHashSet<>(gold);
          remainingGold.removeAll(accepted);
          scores.add(Scores.of(remainingGold, pairs(current, decided)));
        }
      }
    }
    return scores;
  }

  /** What the learner makes of the decisions of a reader after {@code decisions} decisions. */
  public DecisionLearner.Learned learnedAfter(DecisionLearner learner, int decisions) {
    List<Link> made = new ArrayList<>();
    Set<ClaimPair> gold = ClaimPair.expand(pair.gold());
    for (Link link : suggestions.subList(0, Math.min(decisions, suggestions.size()))) {
      for (ClaimPair p : ClaimPair.expand(List.of(link))) {
        made.add(
            link(p, gold.contains(p) ? LinkStatus.CONFIRMED : LinkStatus.REJECTED, made.size()));
      }
    }
    return learner.learn(features, made);
  }

  private static Set<ClaimPair> undecided(Link link, Set<ClaimPair> decided) {
    Set<ClaimPair> open = new LinkedHashSet<>(ClaimPair.expand(List.of(link)));
    open.removeAll(decided);
    return open;
  }

  private static Set<ClaimPair> pairs(List<Link> links, Set<ClaimPair> decided) {
    Set<ClaimPair> pairs = new LinkedHashSet<>(ClaimPair.expand(links));
    pairs.removeAll(decided);
    return pairs;
  }

  private static Link link(ClaimPair p, LinkStatus status, int n) {
    return new Link(
        "R" + (n + 1),
        List.of(p.a()),
        List.of(p.b()),
        status,
        "",
        0,
        List.of(),
        "",
        "reader",
        null,
        null);
  }
}
