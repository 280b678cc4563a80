package org.parallax.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the class decided one unit pair.
 *
 * @param pair the unit pair
 * @param votes each student's decision, by name in the students' order: the relation they gave
 *     ({@code ""} for a link left without one), or null when they did not link the pair
 * @param standing what the votes add up to
 * @param relation the majority relation ({@code ""} when none has more votes than every other, or
 *     nobody gave one)
 */
public record PairVotes(
    UnitPair pair, Map<String, String> votes, Standing standing, String relation) {

  /** What the votes on a pair add up to. */
  public enum Standing {
    /** More than half linked it, and one relation has more of their votes than any other. */
    AGREED,
    /** More than half linked it, but two or more relations share the most votes. */
    RELATION_TIED,
    /** Exactly half linked it. */
    LINK_TIED,
    /** Fewer than half linked it. */
    MINORITY
  }

  public PairVotes {
    votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
  }

  /** The votes of {@code students} on {@code pair}, counted. */
  static PairVotes count(UnitPair pair, List<String> names, List<Decisions> students) {
    Map<String, String> votes = new LinkedHashMap<>();
    Map<String, Integer> relations = new LinkedHashMap<>();
    int linked = 0;
    for (int i = 0; i < names.size(); i++) {
      String relation = students.get(i).relation(pair);
      votes.put(names.get(i), relation);
      if (relation != null) {
        linked++;
        if (!relation.isEmpty()) {
          relations.merge(relation, 1, Integer::sum);
        }
      }
    }
    int most = relations.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> leading = new ArrayList<>();
    relations.forEach(
        (relation, n) -> {
          if (n == most) {
            leading.add(relation);
          }
        });
    String majority = leading.size() == 1 ? leading.get(0) : "";
    Standing standing;
    if (linked * 2 < names.size()) {
      standing = Standing.MINORITY;
    } else if (linked * 2 == names.size()) {
      standing = Standing.LINK_TIED;
    } else {
      standing = leading.size() > 1 ? Standing.RELATION_TIED : Standing.AGREED;
    }
    return new PairVotes(pair, votes, standing, majority);
  }

  /** The students who linked the pair, in order. */
  public List<String> linkers() {
    List<String> names = new ArrayList<>();
    votes.forEach(
        (name, relation) -> {
          if (relation != null) {
            names.add(name);
          }
        });
    return names;
  }

  /**
   * How split the class is on this pair, 0 (all of one mind) to nearly 1: one less the share of the
   * largest group of like votes, where "not linked" and each relation (and "linked without a
   * relation") are groups.
   */
  public double split() {
    Map<String, Integer> groups = new LinkedHashMap<>();
    votes.values().forEach(v -> groups.merge(v == null ? "\0not linked" : v, 1, Integer::sum));
    int largest = groups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return votes.isEmpty() ? 0 : 1 - (double) largest / votes.size();
  }

  /** Whether the teacher has to settle it: every standing but {@link Standing#AGREED}. */
  public boolean open() {
    return standing != Standing.AGREED;
  }
}
