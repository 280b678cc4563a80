package org.parallax.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.parallax.task.Progress;

/**
 * The agreement table: for each question (linked or not; which relation) Krippendorff's alpha and
 * percent agreement for the class, Cohen's kappa for each pair of students, and each student's
 * kappa with the key. The items are described in docs/classroom.md.
 */
public final class AgreementFigures {
  /** The category of a unit pair an annotator linked. */
  public static final String LINKED = "linked";

  /** The category of a unit pair an annotator did not link. */
  public static final String NOT_LINKED = "not linked";

  private AgreementFigures() {}

  /**
   * The figures of {@code students} (at least two), and of each against {@code key} if it is not
   * null.
   */
  public static AgreementReport compute(
      List<Annotator> students,
      List<Decisions> decisions,
      Annotator key,
      Decisions keyDecisions,
      List<Skipped> skipped,
      Progress progress) {
    if (students.size() != decisions.size() || students.size() < 2) {
      throw new IllegalArgumentException("agreement needs two or more students, each decided");
    }
    List<String> names = students.stream().map(Annotator::name).toList();
    SortedSet<UnitPair> items = new TreeSet<>();
    decisions.forEach(d -> items.addAll(d.pairs()));
    Measures linked = linked(names, decisions, items, progress);
    progress.report(0.5, "Comparing relations");
    Measures relation = relation(names, decisions, items, progress);
    Map<String, KeyAgreement> withKey = new LinkedHashMap<>();
    if (key != null) {
      SortedSet<UnitPair> keyItems = new TreeSet<>(items);
      keyItems.addAll(keyDecisions.pairs());
      for (int i = 0; i < names.size(); i++) {
        withKey.put(names.get(i), withKey(decisions.get(i), keyDecisions, keyItems));
      }
    }
    progress.report(1, "Compared");
    return new AgreementReport(
        items.size(), names, linked, relation, key == null ? null : key.file(), withKey, skipped);
  }

  private static Measures linked(
      List<String> names, List<Decisions> decisions, SortedSet<UnitPair> items, Progress progress) {
    List<Object[]> table = new ArrayList<>(items.size());
    for (UnitPair pair : items) {
      Object[] row = new Object[decisions.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = decisions.get(i).linked(pair) ? LINKED : NOT_LINKED;
      }
      table.add(row);
    }
    Map<String, Double> kappa = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      progress.checkCancelled();
      for (int j = i + 1; j < names.size(); j++) {
        kappa.put(names.get(i) + "|" + names.get(j), Coding.kappa(columns(table, i, j, false)));
      }
    }
    return new Measures(
        table.size(),
        Coding.alpha(table, names.size()),
        Coding.percent(table, names.size()),
        kappa);
  }

  private static Measures relation(
      List<String> names, List<Decisions> decisions, SortedSet<UnitPair> items, Progress progress) {
    List<Object[]> table = new ArrayList<>();
    for (UnitPair pair : items) {
      Object[] row = new Object[decisions.size()];
      int given = 0;
      for (int i = 0; i < row.length; i++) {
        row[i] = relationOf(decisions.get(i), pair);
        given += row[i] == null ? 0 : 1;
      }
      if (given >= 2) {
        table.add(row);
      }
    }
    Map<String, Double> kappa = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      progress.checkCancelled();
      for (int j = i + 1; j < names.size(); j++) {
        kappa.put(names.get(i) + "|" + names.get(j), Coding.kappa(columns(table, i, j, true)));
      }
    }
    return new Measures(
        table.size(),
        Coding.alpha(table, names.size()),
        Coding.percent(table, names.size()),
        kappa);
  }

  /** Over {@code items}: the pairs any student or the key linked. */
  private static KeyAgreement withKey(Decisions student, Decisions key, SortedSet<UnitPair> items) {
    List<Object[]> linked = new ArrayList<>();
    List<Object[]> relation = new ArrayList<>();
    for (UnitPair pair : items) {
      linked.add(
          new Object[] {
            student.linked(pair) ? LINKED : NOT_LINKED, key.linked(pair) ? LINKED : NOT_LINKED
          });
      String mine = relationOf(student, pair);
      String keys = relationOf(key, pair);
      if (mine != null && keys != null) {
        relation.add(new Object[] {mine, keys});
      }
    }
    return new KeyAgreement(Coding.kappa(linked), Coding.kappa(relation));
  }

  /** The relation an annotator gave {@code pair}, or null when not linked or left unset. */
  private static String relationOf(Decisions decisions, UnitPair pair) {
    String relation = decisions.relation(pair);
    return relation == null || relation.isEmpty() ? null : relation;
  }

  /** Columns {@code i} and {@code j} of {@code table}; without rows missing one if asked. */
  private static List<Object[]> columns(List<Object[]> table, int i, int j, boolean complete) {
    List<Object[]> two = new ArrayList<>(table.size());
    for (Object[] row : table) {
      if (!complete || (row[i] != null && row[j] != null)) {
        two.add(new Object[] {row[i], row[j]});
      }
    }
    return two;
  }
}
