package org.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.task.Progress;

/**
 * The relation step alone, for links already made: each link's claims are read again (features, and
 * meaning from the aligner's vectors, which are remembered by text) and the {@link RelationRules}
 * judge them with the reader's paired framing terms. Only the links' own claims are read, so this
 * is cheap beside an alignment.
 */
final class RelationsAgain {
  private final FeatureExtractor extractor;
  private final EmbeddingCache embeddings;
  private final RelationRules rules;

  /**
   * @param embeddings where meaning comes from, or null to judge without it
   */
  RelationsAgain(FeatureExtractor extractor, EmbeddingCache embeddings, RelationRules rules) {
    this.extractor = extractor;
    this.embeddings = embeddings;
    this.rules = rules;
  }

  List<Link> suggest(
      Document a,
      List<Claim> claimsA,
      Document b,
      List<Claim> claimsB,
      List<Link> links,
      List<PairedTerm> paired,
      Progress progress) {
    Map<String, String> texts = new HashMap<>();
    claimsA.forEach(c -> texts.put(c.id(), c.textIn(a)));
    claimsB.forEach(c -> texts.put(c.id(), c.textIn(b)));
    Set<String> used = new LinkedHashSet<>();
    for (Link link : links) {
      link.aClaims().forEach(id -> used.add(texts.get(id)));
      link.bClaims().forEach(id -> used.add(texts.get(id)));
    }
    used.remove(null);
    List<String> order = new ArrayList<>(used);
    Map<String, float[]> vectors = new HashMap<>();
    if (embeddings != null && !order.isEmpty()) {
      try {
        float[][] found = embeddings.embed(order, progress, 0, 0.9);
        for (int i = 0; i < order.size(); i++) {
          vectors.put(order.get(i), found[i]);
        }
      } catch (EmbeddingUnavailableException e) {
        vectors.clear();
      }
    }
    Map<String, ClaimFeatures> features = new HashMap<>();
    List<Link> out = new ArrayList<>(links.size());
    for (Link link : links) {
      List<String> ta = link.aClaims().stream().map(texts::get).toList();
      List<String> tb = link.bClaims().stream().map(texts::get).toList();
      if (ta.contains(null) || tb.contains(null)) {
        out.add(link); // a claim of another comparison: nothing to judge it by
        continue;
      }
      double meaning = vectors.isEmpty() ? Double.NaN : 0;
      for (String x : ta) {
        for (String y : tb) {
          if (!vectors.isEmpty()) {
            meaning = Math.max(meaning, Vectors.dot(vectors.get(x), vectors.get(y)));
          }
        }
      }
      RelationEvidence evidence =
          new RelationEvidence(
              ta.stream().map(t -> features.computeIfAbsent(t, extractor::extract)).toList(),
              tb.stream().map(t -> features.computeIfAbsent(t, extractor::extract)).toList(),
              meaning,
              paired);
      SuggestedRelation s = rules.suggest(evidence);
      out.add(link.withSuggestedRelation(s.relation(), s.reasons()));
    }
    progress.report(1, "Relations suggested");
    return out;
  }
}
