package org.parallax.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;
import org.parallax.tagging.Blindspots;
import org.parallax.tagging.Navigation;
import org.parallax.tagging.TermPair;
import org.parallax.tagging.TermPairs;

/**
 * What a handout shows, computed once for every format that lays it out: the aligned rows in one
 * side's reading order, the claims only one side makes, the framing terms, and the counts. Links
 * and term tags the reader has not confirmed are left out unless the options ask for them; rejected
 * ones are always left out.
 */
public final class Handout {
  /** The label of rows whose relation is not set yet. */
  static final String NO_RELATION = "No relation yet";

  private final Comparison comparison;
  private final ExportOptions options;
  private final List<AlignedRow> rows;
  private final List<TermTag> shownTerms;
  private final Map<String, TagKind> frames = new HashMap<>();

  private Handout(Comparison comparison, ExportOptions options) {
    this.comparison = comparison;
    this.options = options;
    this.rows = rows(comparison, options);
    this.shownTerms =
        comparison.terms().stream()
            .filter(t -> shown(t.status(), options))
            .sorted(Comparator.comparing(TermTag::side).thenComparingInt(TermTag::start))
            .toList();
  }

  /** The handout of {@code comparison} as {@code options} ask for it. */
  public static Handout of(Comparison comparison, ExportOptions options) {
    return new Handout(comparison, options);
  }

  public Comparison comparison() {
    return comparison;
  }

  public ExportOptions options() {
    return options;
  }

  /** One row per shown link, in the reading order of the chosen side. */
  public List<AlignedRow> rows() {
    return rows;
  }

  /**
   * The claims of {@code side} that no shown row covers, in text order: the claims no confirmed
   * link covers (the window's blindspots), less those of suggested rows when suggestions are shown,
   * so a claim is never both in a row and "only in" its essay.
   */
  public List<Claim> onlyIn(Side side) {
    Set<String> inRows = new HashSet<>();
    rows.forEach(r -> r.claims(side).forEach(c -> inRows.add(c.id())));
    return Blindspots.unmatched(comparison, side).stream()
        .filter(c -> !inRows.contains(c.id()))
        .toList();
  }

  /** The shown term tags of both sides, each side in text order (A first). */
  public List<TermTag> terms() {
    return shownTerms;
  }

  /**
   * The framing terms, one row per term, side and frame (terms compared ignoring case): the chosen
   * side's terms first, each side's in order of first occurrence. A row's counterparts are the
   * words it is paired with in the shown term pairs ({@link TermPairs}), each pair of words once.
   */
  public List<TermRow> termRows() {
    Map<String, TermPair.Term> counterpartOf = new HashMap<>();
    for (TermPair pair : TermPairs.of(comparison, options.order(), s -> shown(s, options))) {
      pair.a().tagIds().forEach(id -> counterpartOf.putIfAbsent(id, pair.b()));
      pair.b().tagIds().forEach(id -> counterpartOf.putIfAbsent(id, pair.a()));
    }
    Map<String, List<TermTag>> groups = new LinkedHashMap<>();
    for (Side side : List.of(options.order(), options.order().other())) {
      for (TermTag tag : shownTerms) {
        if (tag.side() == side) {
          String key = side + "\u0000" + tag.frame() + "\u0000" + fold(text(tag));
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(tag);
        }
      }
    }
    List<TermRow> result = new ArrayList<>();
    for (List<TermTag> tags : groups.values()) {
      TermTag first = tags.get(0);
      Set<String> counterparts = new LinkedHashSet<>();
      Set<String> notes = new LinkedHashSet<>();
      for (TermTag tag : tags) {
        TermPair.Term counterpart = counterpartOf.get(tag.id());
        if (counterpart != null) {
          counterparts.add(counterpart.words());
        }
        if (!tag.note().isBlank()) {
          notes.add(tag.note());
        }
      }
      result.add(
          new TermRow(
              first.side(),
              text(first),
              frame(first.frame()),
              List.copyOf(counterparts),
              tags,
              List.copyOf(notes)));
    }
    return result;
  }

  /**
   * How many rows carry each relation: every relation of the codebook in its order (zero included),
   * then the rows without one when there are any.
   */
  public List<Count> relationCounts() {
    List<Count> counts = new ArrayList<>();
    for (TagKind kind : comparison.codebook().kinds(TagTarget.LINK)) {
      long n = rows.stream().filter(r -> r.link().relation().equals(kind.id())).count();
      counts.add(new Count(kind.id(), kind.label(), kind.colour(), (int) n));
    }
    long unset = rows.stream().filter(r -> r.relation().isEmpty()).count();
    if (unset > 0) {
      counts.add(new Count("", NO_RELATION, "#9e9e9e", (int) unset));
    }
    return counts;
  }

  /** How many shown term tags carry each frame, for the frames in use, in codebook order. */
  public List<Count> frameCounts() {
    Map<String, Integer> n = new HashMap<>();
    shownTerms.forEach(t -> n.merge(t.frame(), 1, Integer::sum));
    List<Count> counts = new ArrayList<>();
    for (TagKind kind : comparison.codebook().kinds(TagTarget.TERM)) {
      if (n.containsKey(kind.id())) {
        counts.add(new Count(kind.id(), kind.label(), kind.colour(), n.remove(kind.id())));
      }
    }
    n.forEach((id, count) -> counts.add(new Count(id, id, "#9e9e9e", count)));
    return counts;
  }

  /** The text of {@code claim}. */
  public String text(Claim claim) {
    return claim.textIn(comparison.document(claim.side()));
  }

  /** The text a term tag marks. */
  public String text(TermTag tag) {
    return comparison.document(tag.side()).slice(tag.start(), tag.end());
  }

  /** The frame kind called {@code id}; a grey kind named by its id when the codebook lacks it. */
  public TagKind frame(String id) {
    return frames.computeIfAbsent(
        id,
        key ->
            comparison
                .codebook()
                .find(TagTarget.TERM, key)
                .orElseGet(() -> new TagKind(key, TagTarget.TERM, key, "#9e9e9e", "")));
  }

  /** What a side is called in headings: its perspective, else its title, else "A" or "B". */
  public String sideName(Side side) {
    var meta = comparison.document(side).metadata();
    if (!meta.perspective().isBlank()) {
      return meta.perspective();
    }
    return meta.title().isBlank() ? side.name() : meta.title();
  }

  private static List<AlignedRow> rows(Comparison c, ExportOptions options) {
    List<AlignedRow> rows = new ArrayList<>();
    for (Link link : Navigation.inReadingOrder(c, options.order())) {
      if (!shown(link.status(), options)) {
        continue;
      }
      Optional<TagKind> relation =
          link.relation().isEmpty()
              ? Optional.empty()
              : Optional.of(
                  c.codebook()
                      .find(TagTarget.LINK, link.relation())
                      .orElse(
                          new TagKind(
                              link.relation(), TagTarget.LINK, link.relation(), "#9e9e9e", "")));
      rows.add(
          new AlignedRow(
              rows.size() + 1, link, claims(c, link, Side.A), claims(c, link, Side.B), relation));
    }
    return rows;
  }

  private static List<Claim> claims(Comparison c, Link link, Side side) {
    return link.claims(side).stream()
        .map(c::claim)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingInt(Claim::start))
        .toList();
  }

  private static boolean shown(LinkStatus status, ExportOptions options) {
    return status == LinkStatus.CONFIRMED
        || (status == LinkStatus.SUGGESTED && options.includeSuggestions());
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
