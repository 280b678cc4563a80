package org.parallax.tagging;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

/** Small comparisons written for the tagging tests. */
final class Fixtures {
  private Fixtures() {}

  static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static final String TEXT_A =
      "The convoy reached Khankendi at dawn. Officials called the road open."
          + " Residents stayed indoors.";
  static final String TEXT_B =
      "Aid trucks entered Stepanakert in the morning. The road stayed closed to civilians."
          + " Talks resumed in Brussels.";

  static Edits edits() {
    return new Edits(CLOCK, "mira");
  }

  /**
   * Three claims a side. L1 (A1–B1) suggested, L2 (A2–B2) confirmed as a contradiction with a note,
   * L3 (A3–B3) suggested.
   */
  static Comparison small() {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(sentences(Side.A, TEXT_A));
    claims.addAll(sentences(Side.B, TEXT_B));
    List<Link> links =
        List.of(
            link("L1", "A1", "B1", LinkStatus.SUGGESTED, "", 0.7, "equivalent: Khankendi"),
            new Link(
                "L2",
                List.of("A2"),
                List.of("B2"),
                LinkStatus.CONFIRMED,
                "contradict",
                0.5,
                List.of("shared: road"),
                "open versus closed",
                "ana",
                T0,
                T0),
            link("L3", "A3", "B3", LinkStatus.SUGGESTED, "", 0.2, "weak"));
    return comparison(TEXT_A, TEXT_B, claims, links, List.of());
  }

  static Comparison comparison(
      String a, String b, List<Claim> claims, List<Link> links, List<TermTag> terms) {
    return new Comparison(
        "Convoy",
        "ana",
        document(a),
        document(b),
        claims,
        links,
        terms,
        Codebook.defaults(),
        T0,
        T0);
  }

  static Document document(String text) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY,
        List.of());
  }

  /** The sentences of {@code text} (ending at ". ") as claims A1, A2, … or B1, B2, …. */
  static List<Claim> sentences(Side side, String text) {
    List<Claim> claims = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int stop = text.indexOf(". ", start);
      int end = stop < 0 ? text.length() : stop + 1;
      claims.add(new Claim(side.name() + (claims.size() + 1), side, start, end));
      start = stop < 0 ? text.length() : stop + 2;
    }
    return claims;
  }

  static Link link(
      String id,
      String a,
      String b,
      LinkStatus status,
      String relation,
      double score,
      String reason) {
    return new Link(
        id, List.of(a), List.of(b), status, relation, score, List.of(reason), "", "", T0, T0);
  }

  static TermTag term(String id, Side side, String text, String word, String frame) {
    int start = text.indexOf(word);
    return new TermTag(
        id, side, start, start + word.length(), frame, "", "", LinkStatus.CONFIRMED, "ana", T0, T0);
  }

  static Link linkNamed(Comparison c, String id) {
    return c.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  /** Applies {@code change} through a history, checks undo and redo, returns the result. */
  static Comparison applyAndCheckUndo(Comparison before, Change change) {
    EditHistory history = new EditHistory(before);
    history.apply(change);
    Comparison after = history.current();
    history.undo();
    if (!history.current().equals(before)) {
      throw new AssertionError("undo did not restore the comparison: " + change.description());
    }
    history.redo();
    if (!history.current().equals(after)) {
      throw new AssertionError("redo did not restore the edit: " + change.description());
    }
    return after;
  }
}
