package org.parallax.present;

import java.time.Instant;
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

/** A small tagged comparison written for the presentation tests. */
final class Classroom {
  private Classroom() {}

  static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

  static final String TEXT_A =
      "The convoy reached Khankendi at dawn. Officials called the road open."
          + " Residents stayed indoors. Khankendi was quiet by noon. Shops reopened later.";
  static final String TEXT_B =
      "Aid trucks entered Stepanakert in the morning. The road stayed closed to civilians."
          + " Talks resumed in Brussels. Stepanakert lost power at night.";

  /**
   * A1–A5 and B1–B4. L1 A1–B1 agree; L2 A2–B2 contradict with a note; L3 A4–B4 suggested, no
   * relation; L4 A3–B3 rejected; L5 A5–B3 contradict. Reading A: L1 L2 L3 L5; reading B: L1 L2 L5
   * L3. Terms: Khankendi (A1, A4) paired with Stepanakert (B1, B4); "road" suggested on both sides,
   * paired; "indoors" rejected.
   */
  static Comparison tagged() {
    List<Claim> claims = new ArrayList<>(sentences(Side.A, TEXT_A));
    claims.addAll(sentences(Side.B, TEXT_B));
    List<Link> links =
        List.of(
            link("L1", List.of("A1"), List.of("B1"), LinkStatus.CONFIRMED, "agree", ""),
            link(
                "L2",
                List.of("A2"),
                List.of("B2"),
                LinkStatus.CONFIRMED,
                "contradict",
                "open versus closed"),
            link("L3", List.of("A4"), List.of("B4"), LinkStatus.SUGGESTED, "", ""),
            link("L4", List.of("A3"), List.of("B3"), LinkStatus.REJECTED, "contradict", ""),
            link("L5", List.of("A5"), List.of("B3"), LinkStatus.CONFIRMED, "contradict", ""));
    List<TermTag> terms =
        List.of(
            term(
                "T1",
                Side.A,
                TEXT_A,
                "Khankendi",
                0,
                "cultural_identity",
                "T2",
                LinkStatus.CONFIRMED),
            term(
                "T2",
                Side.B,
                TEXT_B,
                "Stepanakert",
                0,
                "cultural_identity",
                "T1",
                LinkStatus.CONFIRMED),
            term(
                "T3",
                Side.A,
                TEXT_A,
                "Khankendi",
                1,
                "cultural_identity",
                "",
                LinkStatus.CONFIRMED),
            term("T4", Side.B, TEXT_B, "Stepanakert", 1, "political", "", LinkStatus.CONFIRMED),
            term("T5", Side.A, TEXT_A, "road", 0, "security", "T6", LinkStatus.SUGGESTED),
            term("T6", Side.B, TEXT_B, "road", 0, "security", "T5", LinkStatus.SUGGESTED),
            term("T7", Side.A, TEXT_A, "indoors", 0, "security", "", LinkStatus.REJECTED));
    return comparison(claims, links, terms);
  }

  static Comparison comparison(List<Claim> claims, List<Link> links, List<TermTag> terms) {
    return new Comparison(
        "Convoy",
        "ana",
        document(TEXT_A, "Azerbaijani perspective"),
        document(TEXT_B, "Armenian perspective"),
        claims,
        links,
        terms,
        Codebook.defaults(),
        T0,
        T0);
  }

  static Document document(String text, String perspective) {
    return new Document(
        text,
        List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())),
        DocumentMetadata.EMPTY.withPerspective(perspective),
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
      String id, List<String> a, List<String> b, LinkStatus status, String relation, String note) {
    return new Link(id, a, b, status, relation, 0.5, List.of(), note, "ana", T0, T0);
  }

  /** A tag on the {@code nth} occurrence (from 0) of {@code word}. */
  static TermTag term(
      String id,
      Side side,
      String text,
      String word,
      int nth,
      String frame,
      String partner,
      LinkStatus status) {
    int start = text.indexOf(word);
    for (int i = 0; i < nth; i++) {
      start = text.indexOf(word, start + 1);
    }
    return new TermTag(
        id, side, start, start + word.length(), frame, "", partner, status, "ana", T0, T0);
  }
}
