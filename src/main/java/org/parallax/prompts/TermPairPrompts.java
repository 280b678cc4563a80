package org.parallax.prompts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.tagging.ComparisonNames;

/**
 * A question for every pair of confirmed framing terms, one per pair of words ("Khankendi" with
 * "Stepanakert", however often each is tagged). The template {@code termPair} gets: {0} side A's
 * name, {1} side B's name, {2} A's word, {3} B's word, {4} how often A's word is tagged, {5} how
 * often B's is, {6} the frame of A's word.
 */
final class TermPairPrompts implements PromptRule {

  @Override
  public List<PromptDraft> drafts(Comparison c, Side order) {
    Map<String, TermTag> byId = new LinkedHashMap<>();
    c.terms().stream()
        .filter(t -> t.status() == LinkStatus.CONFIRMED)
        .forEach(t -> byId.put(t.id(), t));
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    Map<String, TermTag[]> firsts = new LinkedHashMap<>();
    for (TermTag tag : inTextOrder(byId.values(), order)) {
      TermTag partner = byId.get(tag.pairedWith());
      if (partner == null || partner.side() == tag.side()) {
        continue;
      }
      TermTag a = tag.side() == Side.A ? tag : partner;
      TermTag b = tag.side() == Side.A ? partner : tag;
      String key =
          word(c, a).toLowerCase(Locale.ROOT) + "\u0000" + word(c, b).toLowerCase(Locale.ROOT);
      firsts.putIfAbsent(key, new TermTag[] {a, b});
      List<String> about = pairs.computeIfAbsent(key, k -> new ArrayList<>());
      for (TermTag t : List.of(a, b)) {
        if (!about.contains(t.id())) {
          about.add(t.id());
        }
      }
    }
    // How often each side tags each word, counted once rather than per pair.
    Map<String, Long> uses = new HashMap<>();
    byId.values().forEach(t -> uses.merge(useKey(c, t), 1L, Long::sum));
    String nameA = ComparisonNames.sideName(c, Side.A);
    String nameB = ComparisonNames.sideName(c, Side.B);
    List<PromptDraft> drafts = new ArrayList<>();
    pairs.forEach(
        (key, about) -> {
          TermTag a = firsts.get(key)[0];
          TermTag b = firsts.get(key)[1];
          drafts.add(
              new PromptDraft(
                  "termPair",
                  about,
                  List.of(
                      nameA,
                      nameB,
                      word(c, a),
                      word(c, b),
                      uses.get(useKey(c, a)),
                      uses.get(useKey(c, b)),
                      frame(c, a))));
        });
    return drafts;
  }

  private static List<TermTag> inTextOrder(java.util.Collection<TermTag> tags, Side order) {
    List<TermTag> sorted = new ArrayList<>(tags);
    sorted.sort(
        java.util.Comparator.comparing((TermTag t) -> t.side() != order)
            .thenComparingInt(TermTag::start));
    return sorted;
  }

  private static String word(Comparison c, TermTag tag) {
    return c.document(tag.side()).slice(tag.start(), tag.end()).replaceAll("\\s+", " ").strip();
  }

  /** A tag's side and words, compared ignoring case. */
  private static String useKey(Comparison c, TermTag tag) {
    return tag.side() + "\u0000" + word(c, tag).toLowerCase(Locale.ROOT);
  }

  private static String frame(Comparison c, TermTag tag) {
    return c.codebook().find(TagTarget.TERM, tag.frame()).map(TagKind::label).orElse(tag.frame());
  }
}
