package org.parallax.ui.agree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.agreement.AgreementReport;
import org.parallax.agreement.Consensus;
import org.parallax.agreement.KeyAgreement;
import org.parallax.agreement.Measures;
import org.parallax.agreement.PairVotes;
import org.parallax.agreement.Skipped;
import org.parallax.agreement.StudentComparison;
import org.parallax.agreement.UnitPair;
import org.parallax.model.Claim;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.ui.Messages;

/** The agreement window's tables and lines, worded from a comparison of students' files. */
public final class AgreementRows {
  private AgreementRows() {}

  /** One row of the agreement table: what it measures, for linking and for the relation. */
  public record FigureRow(String label, String linked, String relation) {}

  /** The agreement table's rows, or none before a usable comparison. */
  static List<FigureRow> figures(StudentComparison result) {
    if (result == null || !result.usable()) {
      return List.of();
    }
    AgreementReport report = result.report();
    Measures linked = report.linked();
    Measures relation = report.relation();
    List<FigureRow> rows = new ArrayList<>();
    rows.add(
        new FigureRow(
            Messages.get("agree.row.items"),
            String.valueOf(linked.items()),
            String.valueOf(relation.items())));
    rows.add(
        new FigureRow(
            Messages.get("agree.row.alpha"), number(linked.alpha()), number(relation.alpha())));
    rows.add(
        new FigureRow(
            Messages.get("agree.row.percent"),
            percent(linked.percent()),
            percent(relation.percent())));
    linked
        .kappa()
        .forEach(
            (pair, kappa) ->
                rows.add(
                    new FigureRow(
                        Messages.get("agree.row.kappa", pair.replace("|", " \u00b7 ")),
                        number(kappa),
                        number(relation.kappa().get(pair)))));
    for (var e : report.key().entrySet()) {
      KeyAgreement withKey = e.getValue();
      rows.add(
          new FigureRow(
              Messages.get("agree.row.key", e.getKey()),
              number(withKey.linked()),
              number(withKey.relation())));
    }
    return rows;
  }

  /** Who was compared on how many unit pairs, and the key. */
  static String summary(StudentComparison result) {
    if (result == null || !result.usable()) {
      return "";
    }
    AgreementReport report = result.report();
    String line =
        Messages.get(
            "agree.summary",
            report.annotators().size(),
            String.join(", ", report.annotators()),
            report.units(),
            result.units().side(Side.A).size(),
            result.units().side(Side.B).size());
    return report.keyFile() == null
        ? line
        : line
            + " "
            + Messages.get("agree.summaryKey", AgreementViewModel.nameOf(report.keyFile()));
  }

  /** The files left out, each "name: reason". */
  static List<String> skipped(StudentComparison result) {
    if (result == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (Skipped s : result.loaded().skipped()) {
      lines.add(Messages.get("agree.skipped", AgreementViewModel.nameOf(s.file()), s.reason()));
    }
    return lines;
  }

  /**
   * One unit pair the class did not decide alike.
   *
   * @param pair the pair
   * @param units its units' names, "A3–B3"
   * @param split how split the class is, worded
   * @param claimA the words of the A unit
   * @param claimB the words of the B unit
   * @param votes who linked it with which relation
   * @param standing what the votes add up to, with the teacher's word
   */
  public record PairRow(
      UnitPair pair,
      String units,
      String split,
      String claimA,
      String claimB,
      String votes,
      String standing) {}

  /** A row for each of {@code votes}, in their order. */
  static List<PairRow> pairs(StudentComparison result, Consensus now, List<PairVotes> votes) {
    Document a = result.loaded().a();
    Document b = result.loaded().b();
    List<PairRow> rows = new ArrayList<>();
    for (PairVotes v : votes) {
      Claim unitA = now.units().unit(Side.A, v.pair().a());
      Claim unitB = now.units().unit(Side.B, v.pair().b());
      rows.add(
          new PairRow(
              v.pair(),
              unitA.id() + "\u2013" + unitB.id(),
              number(v.split()),
              unitA.textIn(a).strip(),
              unitB.textIn(b).strip(),
              votes(v),
              standing(now, v)));
    }
    return rows;
  }

  /** "reframe: ana · agree: ben · not linked: cleo": the students grouped by what they said. */
  private static String votes(PairVotes v) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    v.votes()
        .forEach(
            (name, relation) ->
                groups
                    .computeIfAbsent(
                        relation == null
                            ? Messages.get("agree.vote.none")
                            : relation.isEmpty() ? Messages.get("agree.vote.noRelation") : relation,
                        k -> new ArrayList<>())
                    .add(name));
    List<String> each = new ArrayList<>();
    groups.forEach((said, names) -> each.add(said + ": " + String.join(", ", names)));
    return String.join(" \u00b7 ", each);
  }

  private static String standing(Consensus now, PairVotes v) {
    return now.settlement(v.pair())
        .map(
            s ->
                !s.keep()
                    ? Messages.get("agree.settled.dropped")
                    : s.relation().isEmpty()
                        ? Messages.get("agree.settled.keptBare")
                        : Messages.get("agree.settled.kept", s.relation()))
        .orElseGet(
            () ->
                switch (v.standing()) {
                  case AGREED -> Messages.get("agree.standing.agreed", v.relation());
                  case RELATION_TIED -> Messages.get("agree.standing.relationTied");
                  case LINK_TIED -> Messages.get("agree.standing.linkTied");
                  case MINORITY -> Messages.get("agree.standing.minority");
                });
  }

  /** A figure with two decimals, or a dash where it is not defined. */
  static String number(Double value) {
    return value == null ? "\u2014" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** A share as a percentage with two decimals, or a dash where it is not defined. */
  static String percent(Double value) {
    return value == null ? "\u2014" : String.format(Locale.ROOT, "%.2f %%", value * 100);
  }
}
