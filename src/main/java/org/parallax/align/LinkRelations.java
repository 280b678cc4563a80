package org.parallax.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Claim;
import org.parallax.model.Link;

/**
 * Gives each suggested link a suggested relation with its reasons, from the features the signals
 * already computed for its claims ({@link RelationRules}).
 */
final class LinkRelations {
  private final Corpus corpus;
  private final Map<String, Integer> positions = new HashMap<>();
  private final int sizeA;
  private final RelationRules rules;

  LinkRelations(Corpus corpus, List<Claim> claimsA, List<Claim> claimsB, RelationRules rules) {
    this.corpus = corpus;
    this.rules = rules;
    sizeA = claimsA.size();
    for (int i = 0; i < claimsA.size(); i++) {
      positions.put(claimsA.get(i).id(), i);
    }
    for (int j = 0; j < claimsB.size(); j++) {
      positions.put(claimsB.get(j).id(), sizeA + j);
    }
  }

  /** {@code links} with their suggested relations. */
  List<Link> suggest(List<Link> links) {
    List<Link> out = new ArrayList<>(links.size());
    for (Link link : links) {
      SuggestedRelation s = rules.suggest(evidence(link));
      out.add(link.withSuggestedRelation(s.relation(), s.reasons()));
    }
    return out;
  }

  RelationEvidence evidence(Link link) {
    List<Integer> a = link.aClaims().stream().map(positions::get).toList();
    List<Integer> b = link.bClaims().stream().map(positions::get).toList();
    double meaning = Double.NaN;
    if (corpus.hasVectors()) {
      meaning = 0;
      for (int i : a) {
        for (int j : b) {
          meaning = Math.max(meaning, Vectors.dot(corpus.vector(i), corpus.vector(j)));
        }
      }
    }
    return new RelationEvidence(
        a.stream().map(corpus::features).toList(),
        b.stream().map(corpus::features).toList(),
        meaning);
  }
}
