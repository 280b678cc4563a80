package org.parallax.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.RemovedPassage;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

/** Comparisons for tests and benchmarks, built from short texts written for them. */
public final class Samples {
  private Samples() {}

  public static final String TEXT_A =
      "The road reopened on Monday. Officials called it a humanitarian corridor.\n\n"
          + "Critics said the checkpoint blocked supplies for months.";
  public static final String TEXT_B =
      "Supplies did not reach Stepanakert for months. The blockade ended only after the"
          + " offensive.\n\nResidents left by the Lachin road.";

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  /** A small comparison: three claims a side, two links, two paired terms. */
  public static Comparison small() {
    Document a = document(TEXT_A, "Corridor reopened");
    Document b = document(TEXT_B, "Blockade ends");
    List<Claim> claims =
        List.of(
            claim("A1", Side.A, TEXT_A, "The road reopened on Monday."),
            claim("A2", Side.A, TEXT_A, "Officials called it a humanitarian corridor."),
            claim("A3", Side.A, TEXT_A, "Critics said the checkpoint blocked supplies for months."),
            claim("B1", Side.B, TEXT_B, "Supplies did not reach Stepanakert for months."),
            claim("B2", Side.B, TEXT_B, "The blockade ended only after the offensive."),
            claim("B3", Side.B, TEXT_B, "Residents left by the Lachin road."));
    List<Link> links =
        List.of(
            new Link(
                "L1",
                List.of("A3"),
                List.of("B1"),
                LinkStatus.CONFIRMED,
                "reframe",
                0.82,
                List.of("shared: supplies, months"),
                "checkpoint vs blockade",
                "ana",
                T0,
                T0),
            new Link(
                "L2",
                List.of("A1", "A2"),
                List.of("B2"),
                LinkStatus.SUGGESTED,
                "",
                0.4,
                List.of("shared: road"),
                "",
                "",
                T0,
                T0));
    List<TermTag> terms =
        List.of(
            term("T1", Side.A, TEXT_A, "checkpoint", "T2"),
            term("T2", Side.B, TEXT_B, "blockade", "T1"));
    return new Comparison(
        "Corridor or blockade", "ana", a, b, claims, links, terms, Codebook.defaults(), T0, T0);
  }

  static Document document(String text, String title) {
    int split = text.indexOf("\n\n");
    return new Document(
        text,
        List.of(
            new Block(BlockKind.PARAGRAPH, 0, split),
            new Block(BlockKind.PARAGRAPH, split + 2, text.length())),
        DocumentMetadata.EMPTY.withTitle(title),
        List.of(new RemovedPassage("Click here to subscribe", "subscription notice")));
  }

  static Claim claim(String id, Side side, String text, String sentence) {
    int start = text.indexOf(sentence);
    return new Claim(id, side, start, start + sentence.length());
  }

  static TermTag term(String id, Side side, String text, String word, String paired) {
    int start = text.indexOf(word);
    return new TermTag(
        id,
        side,
        start,
        start + word.length(),
        "security",
        "",
        paired,
        LinkStatus.CONFIRMED,
        "ana",
        T0,
        T0);
  }

  private static final String[] WORDS = {
    "road",
    "corridor",
    "supplies",
    "officials",
    "residents",
    "checkpoint",
    "blockade",
    "months",
    "village",
    "city",
    "government",
    "peace",
    "talks",
    "border",
    "families",
    "winter",
    "food",
    "medicine",
    "convoy",
    "report",
    "observers",
    "army",
    "leaders",
    "agreement",
    "history"
  };

  /**
   * A large comparison: two documents of {@code words} words each, one claim per sentence, a link
   * for every fifth claim of A, and {@code tags} term tags spread over both documents.
   */
  public static Comparison large(int words, int tags, long seed) {
    Random random = new Random(seed);
    List<Claim> claims = new ArrayList<>();
    Document a = generated(words, random, Side.A, claims);
    Document b = generated(words, random, Side.B, claims);
    List<Claim> claimsA = claims.stream().filter(c -> c.side() == Side.A).toList();
    List<Claim> claimsB = claims.stream().filter(c -> c.side() == Side.B).toList();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < claimsA.size(); i += 5) {
      Claim partner = claimsB.get(random.nextInt(claimsB.size()));
      links.add(
          new Link(
              "L" + (links.size() + 1),
              List.of(claimsA.get(i).id()),
              List.of(partner.id()),
              LinkStatus.SUGGESTED,
              "agree",
              random.nextDouble(),
              List.of("shared: " + WORDS[random.nextInt(WORDS.length)]),
              "",
              "",
              T0,
              T0));
    }
    List<TermTag> terms = new ArrayList<>(tags);
    for (int i = 0; i < tags; i++) {
      Side side = i % 2 == 0 ? Side.A : Side.B;
      List<Claim> sideClaims = side == Side.A ? claimsA : claimsB;
      Claim claim = sideClaims.get(random.nextInt(sideClaims.size()));
      int end = claim.start() + Math.min(8, claim.end() - claim.start());
      terms.add(
          new TermTag(
              "T" + (i + 1),
              side,
              claim.start(),
              end,
              "security",
              "",
              "",
              LinkStatus.CONFIRMED,
              "bench",
              T0,
              T0));
    }
    return new Comparison(
        "Large", "bench", a, b, claims, links, terms, Codebook.defaults(), T0, T0);
  }

  private static Document generated(int words, Random random, Side side, List<Claim> claims) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    int blockStart = 0;
    int sentenceStart = 0;
    int inSentence = 0;
    int sentences = 0;
    for (int w = 0; w < words; w++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(
          inSentence == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      inSentence++;
      if (inSentence == 15 || w == words - 1) {
        text.append('.');
        claims.add(new Claim(side.name() + (++sentences), side, sentenceStart, text.length()));
        inSentence = 0;
        if (sentences % 8 == 0 || w == words - 1) {
          blocks.add(new Block(BlockKind.PARAGRAPH, blockStart, text.length()));
          if (w < words - 1) {
            text.append("\n\n");
          }
          blockStart = text.length();
        } else {
          text.append(' ');
        }
        sentenceStart = text.length();
      } else {
        text.append(' ');
      }
    }
    return new Document(text.toString(), blocks, DocumentMetadata.EMPTY, List.of());
  }
}
