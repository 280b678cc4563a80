package org.parallax.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;

/**
 * What the class agrees on, and what is left for the teacher. A unit pair that more than half the
 * students linked is linked in the consensus, with the relation most of them gave; a pair whose
 * relations tie is linked without a relation until the teacher chooses one; a pair exactly half
 * linked (a tie) or fewer than half linked (a minority) is left out until the teacher keeps it.
 * Immutable: {@link #settle} returns a new consensus, so an editor can undo by keeping the old one.
 */
public final class Consensus {
  private final Units units;
  private final Document a;
  private final Document b;
  private final Codebook codebook;
  private final int students;
  private final List<PairVotes> votes;
  private final Map<UnitPair, Settlement> settled;

  private Consensus(
      Units units,
      Document a,
      Document b,
      Codebook codebook,
      int students,
      List<PairVotes> votes,
      Map<UnitPair, Settlement> settled) {
    this.units = units;
    this.a = a;
    this.b = b;
    this.codebook = codebook;
    this.students = students;
    this.votes = votes;
    this.settled = Collections.unmodifiableMap(settled);
  }

  /**
   * The consensus of {@code students}, whose decisions are {@code decisions}, on the shared texts
   * {@code a} and {@code b} that {@code units} divide.
   */
  public static Consensus of(
      List<String> students,
      List<Decisions> decisions,
      Units units,
      Document a,
      Document b,
      Codebook codebook) {
    SortedSet<UnitPair> items = new TreeSet<>();
    decisions.forEach(d -> items.addAll(d.pairs()));
    List<PairVotes> votes = new ArrayList<>(items.size());
    for (UnitPair pair : items) {
      votes.add(PairVotes.count(pair, students, decisions));
    }
    return new Consensus(
        units, a, b, codebook, students.size(), List.copyOf(votes), new LinkedHashMap<>());
  }

  /** The units the pairs refer to. */
  public Units units() {
    return units;
  }

  /** Every unit pair some student linked, in reading order of side A. */
  public List<PairVotes> votes() {
    return votes;
  }

  /** The pairs the teacher still has to settle (ties and minorities), in reading order. */
  public List<PairVotes> open() {
    return votes.stream().filter(v -> v.open() && !settled.containsKey(v.pair())).toList();
  }

  /** Every pair the class did not decide alike, the most split first, then in reading order. */
  public List<PairVotes> disagreements() {
    return votes.stream()
        .filter(v -> v.split() > 0)
        .sorted(Comparator.comparingDouble(PairVotes::split).reversed())
        .toList();
  }

  /** The teacher's word on {@code pair}, if given. */
  public Optional<Settlement> settlement(UnitPair pair) {
    return Optional.ofNullable(settled.get(pair));
  }

  /**
   * This consensus with the teacher's {@code settlement} of {@code pair} (replacing any before).
   */
  public Consensus settle(UnitPair pair, Settlement settlement) {
    if (votes.stream().noneMatch(v -> v.pair().equals(pair))) {
      throw new IllegalArgumentException("no student linked " + pair);
    }
    Map<UnitPair, Settlement> more = new LinkedHashMap<>(settled);
    more.put(pair, settlement);
    return new Consensus(units, a, b, codebook, students, votes, more);
  }

  /** This consensus without the teacher's word on {@code pair}. */
  public Consensus unsettle(UnitPair pair) {
    Map<UnitPair, Settlement> fewer = new LinkedHashMap<>(settled);
    fewer.remove(pair);
    return new Consensus(units, a, b, codebook, students, votes, fewer);
  }

  /**
   * The consensus as a comparison of the shared texts: the units are its claims, and unit pairs
   * linked with the same relation that share a unit are joined into one confirmed link of one claim
   * on one side and several on the other (see {@link #joined}). Each link names in {@code
   * annotator} the students who linked it and says in its reasons how the class voted.
   */
  public Comparison toComparison(String title, String annotator, Instant now) {
    Map<String, List<PairVotes>> byRelation = new TreeMap<>();
    for (PairVotes v : votes) {
      Settlement word = settled.get(v.pair());
      if (word != null ? word.keep() : linkedByMajority(v)) {
        String relation = word != null ? word.relation() : v.relation();
        byRelation.computeIfAbsent(relation, r -> new ArrayList<>()).add(v);
      }
    }
    List<Group> groups = new ArrayList<>();
    byRelation.forEach(
        (relation, pairs) ->
            joined(pairs).forEach(group -> groups.add(new Group(relation, group))));
    groups.sort(Comparator.comparing(Group::first));
    List<Link> links = new ArrayList<>();
    for (Group group : groups) {
      links.add(link("L" + (links.size() + 1), group.relation(), group.pairs(), now));
    }
    List<Claim> claims = new ArrayList<>(units.side(Side.A));
    claims.addAll(units.side(Side.B));
    return new Comparison(title, annotator, a, b, claims, links, List.of(), codebook, now, now);
  }

  /** Unit pairs of one relation that become one link. */
  private record Group(String relation, List<PairVotes> pairs) {
    /** Its first pair in reading order of side A, which orders the links. */
    UnitPair first() {
      return pairs.stream().map(PairVotes::pair).min(Comparator.naturalOrder()).orElseThrow();
    }
  }

  private static boolean linkedByMajority(PairVotes v) {
    return v.standing() == PairVotes.Standing.AGREED
        || v.standing() == PairVotes.Standing.RELATION_TIED;
  }

  /**
   * The pairs of {@code pairs} (all of one relation) as links of one claim on one side and one or
   * more on the other: first every A unit linked to several B units with all of them, then each B
   * unit with the A units left. Each pair is in one link, and every link's claims are all linked to
   * each other, so no pair is made up by joining.
   */
  private static List<List<PairVotes>> joined(List<PairVotes> pairs) {
    Map<Integer, List<PairVotes>> byA = new TreeMap<>();
    for (PairVotes v : pairs) {
      byA.computeIfAbsent(v.pair().a(), k -> new ArrayList<>()).add(v);
    }
    List<List<PairVotes>> links = new ArrayList<>();
    Map<Integer, List<PairVotes>> byB = new TreeMap<>();
    for (List<PairVotes> star : byA.values()) {
      if (star.size() > 1) {
        links.add(star);
      } else {
        byB.computeIfAbsent(star.get(0).pair().b(), k -> new ArrayList<>()).add(star.get(0));
      }
    }
    links.addAll(byB.values());
    return links;
  }

  private Link link(String id, String relation, List<PairVotes> pairs, Instant now) {
    SortedSet<Integer> as = new TreeSet<>();
    SortedSet<Integer> bs = new TreeSet<>();
    List<String> who = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (PairVotes v : pairs) {
      as.add(v.pair().a());
      bs.add(v.pair().b());
      for (String name : v.linkers()) {
        if (!who.contains(name)) {
          who.add(name);
        }
      }
      reasons.add(reason(v));
    }
    List<String> aIds = as.stream().map(i -> units.unit(Side.A, i).id()).toList();
    List<String> bIds = bs.stream().map(i -> units.unit(Side.B, i).id()).toList();
    return new Link(
        id,
        aIds,
        bIds,
        LinkStatus.CONFIRMED,
        relation,
        0,
        reasons,
        "",
        String.join(", ", who),
        now,
        now);
  }

  /** "A3–B1: linked by ana, ben (2 of 3 students); relation reframe: ana, ben." */
  private String reason(PairVotes v) {
    List<String> linkers = v.linkers();
    StringBuilder s = new StringBuilder();
    s.append(units.unit(Side.A, v.pair().a()).id())
        .append('–')
        .append(units.unit(Side.B, v.pair().b()).id())
        .append(": linked by ")
        .append(String.join(", ", linkers))
        .append(" (")
        .append(linkers.size())
        .append(" of ")
        .append(students)
        .append(" students)");
    Map<String, List<String>> byRelation = new LinkedHashMap<>();
    v.votes()
        .forEach(
            (name, relation) -> {
              if (relation != null && !relation.isEmpty()) {
                byRelation.computeIfAbsent(relation, r -> new ArrayList<>()).add(name);
              }
            });
    byRelation.forEach(
        (relation, names) ->
            s.append("; ").append(relation).append(": ").append(String.join(", ", names)));
    Settlement word = settled.get(v.pair());
    if (word != null) {
      s.append("; settled by the teacher")
          .append(word.relation().isEmpty() ? "" : " as " + word.relation());
    }
    return s.append('.').toString();
  }
}
