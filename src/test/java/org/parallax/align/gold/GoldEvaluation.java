package org.parallax.align.gold;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * Scores an aligner on every pair of a gold set: per pair, and micro-averaged over all claim pairs
 * of the set.
 *
 * @param perPair each pair's scores, in the set's order, by pair name
 * @param micro counts summed over all pairs
 */
public record GoldEvaluation(Map<String, Scores> perPair, Scores micro) {

  public GoldEvaluation {
    perPair = Collections.unmodifiableMap(new LinkedHashMap<>(perPair));
  }

  /**
   * Segments each pair with {@code segmenter}, asks {@code aligner} for links and scores its claim
   * pairs against the gold claim pairs. Links of any status count as predictions except rejected
   * ones.
   */
  public static GoldEvaluation run(
      GoldSet set,
      BiFunction<Document, Side, List<Claim>> segmenter,
      Function<SegmentedPair, List<Link>> aligner) {
    Map<String, Scores> perPair = new LinkedHashMap<>();
    for (GoldPair pair : set.pairs()) {
      SegmentedPair segmented = SegmentedPair.of(pair, segmenter);
      List<Link> predicted =
          aligner.apply(segmented).stream()
              .filter(link -> link.status() != LinkStatus.REJECTED)
              .toList();
      perPair.put(
          pair.name(), Scores.of(ClaimPair.expand(segmented.gold()), ClaimPair.expand(predicted)));
    }
    return new GoldEvaluation(perPair, Scores.micro(perPair.values()));
  }

  /** A readable table: one line per pair, then the micro average. */
  public String table() {
    StringBuilder out = new StringBuilder();
    perPair.forEach(
        (name, scores) -> out.append(String.format("%-16s %s%n", name, scores.summary())));
    out.append(String.format("%-16s %s%n", "micro", micro.summary()));
    return out.toString();
  }
}
