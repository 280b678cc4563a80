package org.parallax.export;

import java.nio.file.Path;
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
import org.parallax.model.Orphan;
import org.parallax.model.Side;
import org.parallax.model.TermTag;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;

/**
 * A small comparison with every kind of thing an export must handle, on two short texts written for
 * it: a link of one claim to two, each of the four relations, a suggested and a rejected link,
 * notes with quotes, {@code <}, {@code &}, Arabic (right to left) and Armenian letters and ə ğ ı ş,
 * paired and unpaired terms, a term tagged twice, a suggested and a rejected term, and two orphans.
 * It is saved as {@code fixture.parallax.json} beside the golden files ({@link #main} writes it
 * again).
 */
final class ExportFixture {
  private ExportFixture() {}

  static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-21T09:30:00Z");
  static final Instant EXPORTED = Instant.parse("2026-12-05T08:00:00Z");

  static final String HEADING_A = "The road to Xankəndi";
  static final String PARA_A1 =
      "The Lachin road reopened on 1 October. Officials called it a \"humanitarian corridor\" & a"
          + " sign of peace. Residents of Ağdam returned to their villages.";
  static final String PARA_A2 =
      "The checkpoint at the bridge controls smuggling, not food. Prices in Şuşa fell by a third."
          + " Ministers say 3 < 4 when it comes to trucks.";
  static final String TEXT_A = HEADING_A + "\n\n" + PARA_A1 + "\n\n" + PARA_A2;

  static final String HEADING_B = "Life under blockade in Stepanakert";
  static final String PARA_B1 =
      "The Lachin corridor stayed closed until the offensive. Aid convoys waited at the checkpoint"
          + " for months. Families called it a blockade (Ճանապարհը փակ է).";
  static final String PARA_B2 =
      "The checkpoint stopped food and medicine. Some residents returned to their villages after"
          + " the war. Prices in Shushi rose threefold. Լաչինի ճանապարհը was the only route.";
  static final String TEXT_B = HEADING_B + "\n\n" + PARA_B1 + "\n\n" + PARA_B2;

  /** The comparison (without its orphans). */
  static Comparison comparison() {
    Document a =
        document(
            TEXT_A,
            new DocumentMetadata(
                HEADING_A,
                List.of("Aygün Şükürova"),
                "Azerbaijani perspective",
                "Bakı Review",
                "2023-10-02",
                "https://example.org/road?x=1&y=<2>",
                List.of()));
    Document b =
        document(
            TEXT_B,
            new DocumentMetadata(
                HEADING_B,
                List.of("Anahit Hakobyan", "Արամ Պետրոսյան"),
                "Armenian perspective",
                "Yerevan Weekly",
                "2023-09-30",
                "",
                List.of()));
    List<Claim> claims = new ArrayList<>();
    claims.addAll(sentences(Side.A, TEXT_A, PARA_A1, PARA_A2));
    claims.addAll(sentences(Side.B, TEXT_B, PARA_B1, PARA_B2));
    List<Link> links =
        List.of(
            link(
                "L1",
                List.of("A1"),
                List.of("B1"),
                LinkStatus.CONFIRMED,
                "contradict",
                "Dates disagree: \"reopened\" against \"stayed closed\" <check the 1 October date>."),
            link(
                "L2",
                List.of("A2"),
                List.of("B2", "B3"),
                LinkStatus.CONFIRMED,
                "reframe",
                "The same road: \"corridor\" & \"blockade\"; in Arabic ممر إنساني (humanitarian"
                    + " corridor)."),
            link(
                "L3",
                List.of("A4"),
                List.of("B4"),
                LinkStatus.CONFIRMED,
                "partial",
                "Both name the checkpoint; they differ on what it stops."),
            link("L4", List.of("A3"), List.of("B5"), LinkStatus.CONFIRMED, "agree", ""),
            link("L5", List.of("A5"), List.of("B6"), LinkStatus.SUGGESTED, "", ""),
            link(
                "L6",
                List.of("A6"),
                List.of("B7"),
                LinkStatus.REJECTED,
                "",
                "Not the same point at all."));
    List<TermTag> terms =
        List.of(
            term(
                "T1",
                Side.A,
                TEXT_A,
                "humanitarian corridor",
                0,
                "health",
                "T2",
                "Official" + " wording; \"corridor\" implies free passage.",
                LinkStatus.CONFIRMED),
            term("T2", Side.B, TEXT_B, "blockade", 1, "security", "T1", "", LinkStatus.CONFIRMED),
            term("T3", Side.B, TEXT_B, "blockade", 0, "security", "", "", LinkStatus.CONFIRMED),
            term(
                "T4",
                Side.A,
                TEXT_A,
                "checkpoint",
                0,
                "security",
                "T5",
                "Controls <smuggling> &" + " goods.",
                LinkStatus.CONFIRMED),
            term("T5", Side.B, TEXT_B, "checkpoint", 1, "health", "T4", "", LinkStatus.CONFIRMED),
            term(
                "T6",
                Side.A,
                TEXT_A,
                "Xankəndi",
                0,
                "cultural_identity",
                "T7",
                "Azerbaijani" + " name of the city.",
                LinkStatus.CONFIRMED),
            term(
                "T7",
                Side.B,
                TEXT_B,
                "Stepanakert",
                0,
                "cultural_identity",
                "T6",
                "",
                LinkStatus.CONFIRMED),
            term(
                "T8", Side.A, TEXT_A, "Şuşa", 0, "cultural_identity", "", "", LinkStatus.CONFIRMED),
            term("T9", Side.A, TEXT_A, "smuggling", 0, "crime", "", "", LinkStatus.SUGGESTED),
            term(
                "T10",
                Side.B,
                TEXT_B,
                "Լաչինի ճանապարհը",
                0,
                "cultural_identity",
                "",
                "",
                LinkStatus.REJECTED));
    return new Comparison(
        "Corridor or blockade: the Lachin road",
        "Leyla Məmmədova",
        a,
        b,
        claims,
        links,
        terms,
        Codebook.defaults(),
        T0,
        T1);
  }

  /** The comparison with the two orphans its file keeps. */
  static LoadedComparison loaded() {
    List<Orphan> orphans =
        List.of(
            new Orphan(
                Orphan.Kind.CLAIM,
                "A9",
                Side.A,
                "The ferry no longer runs.",
                "",
                "",
                400,
                425,
                "{\"id\":\"A9\",\"document\":\"A\"}"),
            new Orphan(
                Orphan.Kind.TERM,
                "T11",
                Side.B,
                "ceasefire",
                "after the ",
                " of",
                380,
                389,
                "{\"id\":\"T11\",\"document\":\"B\",\"frame\":\"security\"}"));
    return LoadedComparison.of(comparison()).withOrphans(orphans);
  }

  /** Where the saved fixture is kept in the source tree. */
  static final Path RESOURCE =
      Path.of("src/test/resources/org/parallax/export/fixture.parallax.json");

  /** Writes the fixture file again (run from the project folder). */
  public static void main(String[] args) throws Exception {
    new ComparisonStore().save(loaded(), RESOURCE);
    java.nio.file.Files.deleteIfExists(RESOURCE.resolveSibling("fixture.parallax.json.bak"));
  }

  private static Document document(String text, DocumentMetadata meta) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    boolean heading = true;
    for (String part : text.split("\n\n")) {
      blocks.add(
          new Block(
              heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, start, start + part.length()));
      start += part.length() + 2;
      heading = false;
    }
    return new Document(text, blocks, meta, List.of());
  }

  /** One claim per sentence of the paragraphs, numbered from 1 ({@code A1, A2, …}). */
  private static List<Claim> sentences(Side side, String text, String... paragraphs) {
    List<Claim> claims = new ArrayList<>();
    for (String paragraph : paragraphs) {
      int base = text.indexOf(paragraph);
      int start = 0;
      for (int i = 1; i <= paragraph.length(); i++) {
        boolean sentenceEnds =
            i == paragraph.length()
                || (paragraph.charAt(i) == ' ' && paragraph.charAt(i - 1) == '.');
        if (sentenceEnds) {
          claims.add(new Claim(side.name() + (claims.size() + 1), side, base + start, base + i));
          start = i + 1;
        }
      }
    }
    return claims;
  }

  private static Link link(
      String id, List<String> a, List<String> b, LinkStatus status, String relation, String note) {
    return new Link(
        id,
        a,
        b,
        status,
        relation,
        status == LinkStatus.SUGGESTED ? 0.55 : 0.0,
        List.of("shared: Lachin"),
        note,
        "Leyla Məmmədova",
        T0,
        T1);
  }

  /** A term tag on the {@code nth} occurrence (from 0) of {@code word}. */
  private static TermTag term(
      String id,
      Side side,
      String text,
      String word,
      int nth,
      String frame,
      String paired,
      String note,
      LinkStatus status) {
    int start = text.indexOf(word);
    for (int i = 0; i < nth; i++) {
      start = text.indexOf(word, start + 1);
    }
    if (start < 0) {
      throw new IllegalArgumentException(word + " is not in the text");
    }
    return new TermTag(
        id,
        side,
        start,
        start + word.length(),
        frame,
        note,
        paired,
        status,
        "Leyla Məmmədova",
        T0,
        T1);
  }
}
