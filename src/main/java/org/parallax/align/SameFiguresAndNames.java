package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Side;

/**
 * Agree: the claims mean much the same (meaning similarity at least 0.75) and, as earlier rules
 * found, no figure differs and neither side alone denies; the reason names the figures and names
 * they share ({@code "same: 1952, Pell Aldric"}).
 */
final class SameFiguresAndNames implements RelationRule {
  private final double minMeaning;

  SameFiguresAndNames() {
    this(0.75);
  }

  SameFiguresAndNames(double minMeaning) {
    this.minMeaning = minMeaning;
  }

  @Override
  public Optional<SuggestedRelation> judge(RelationEvidence link) {
    if (!(link.meaning() >= minMeaning)) {
      return Optional.empty();
    }
    List<String> same = new ArrayList<>();
    shared(link.figures(Side.A), link.figures(Side.B), same);
    shared(link.dates(Side.A), link.dates(Side.B), same);
    shared(link.names(Side.A), link.names(Side.B), same);
    link.years(Side.A).stream()
        .filter(link.years(Side.B)::contains)
        .filter(y -> same.size() < 4)
        .forEach(same::add);
    String meaning = String.format(Locale.ROOT, "close in meaning (%.2f)", link.meaning());
    return Optional.of(
        same.isEmpty()
            ? SuggestedRelation.of(SuggestedRelation.AGREE, meaning)
            : SuggestedRelation.of(
                SuggestedRelation.AGREE, "same: " + String.join(", ", same), meaning));
  }

  private static void shared(Map<String, String> a, Map<String, String> b, List<String> same) {
    a.forEach(
        (key, surface) -> {
          if (b.containsKey(key) && same.size() < 4 && !same.contains(surface)) {
            same.add(surface);
          }
        });
  }
}
