package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.model.TermTag;

/** Any comparison the model can hold survives save → load unchanged. */
class RoundTripPropertiesTest {
  private final ComparisonStore store = new ComparisonStore();

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void anyComparisonSurvivesSaveAndLoad(@ForAll("comparisons") Comparison comparison)
      throws Exception {
    byte[] saved = store.write(LoadedComparison.of(comparison));

    LoadedComparison loaded = store.read(saved);

    assertThat(loaded.comparison()).isEqualTo(comparison);
    assertThat(loaded.orphans()).isEmpty();
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
  void edgeCaseComparisonsSurviveSaveAndLoad(@ForAll("comparisons") Comparison comparison)
      throws Exception {
    assertThat(store.read(store.write(LoadedComparison.of(comparison))).comparison())
        .isEqualTo(comparison);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
  void anySavedComparisonMatchesTheSchema(@ForAll("comparisons") Comparison comparison)
      throws Exception {
    assertThat(SchemaCheck.problems(store.write(LoadedComparison.of(comparison)))).isEmpty();
  }

  @Provide
  Arbitrary<Comparison> comparisons() {
    Arbitrary<String> texts = text(1, 400);
    Arbitrary<String> words = text(0, 40);
    Arbitrary<Instant> times =
        Arbitraries.longs()
            .between(0, 4_102_444_800_000_000_000L)
            .map(n -> Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L));
    return Combinators.combine(texts, texts, words, words, times, Arbitraries.longs())
        .as((a, b, title, note, time, seed) -> build(a, b, title, note, time, new Random(seed)));
  }

  /** Text from printable ASCII, letters with diacritics, Cyrillic, quotes, escapes and controls. */
  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('À', 'ʯ')
        .withCharRange('Ѐ', 'ӿ')
        .withChars('\n', '\t', '\u0000', '\u001f', '"', '\\', '\u2028', '…', '“', '”')
        .ofMinLength(min)
        .ofMaxLength(max);
  }

  private static Comparison build(
      String textA, String textB, String title, String note, Instant time, Random random) {
    List<Claim> claims = new ArrayList<>();
    Document a = document(textA, title, random);
    Document b = document(textB, note, random);
    claims.addAll(spans("A", Side.A, textA.length(), random));
    claims.addAll(spans("B", Side.B, textB.length(), random));
    List<Claim> as = claims.stream().filter(c -> c.side() == Side.A).toList();
    List<Claim> bs = claims.stream().filter(c -> c.side() == Side.B).toList();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < random.nextInt(6); i++) {
      links.add(
          new Link(
              "L" + i,
              List.of(as.get(random.nextInt(as.size())).id()),
              List.of(bs.get(random.nextInt(bs.size())).id()),
              LinkStatus.values()[random.nextInt(3)],
              random.nextBoolean() ? "agree" : "",
              random.nextDouble(),
              List.of(note, title),
              note,
              title,
              time,
              time.plusNanos(random.nextInt(1000))));
    }
    List<TermTag> terms = new ArrayList<>();
    for (int i = 0; i < random.nextInt(6); i++) {
      Claim where = claims.get(random.nextInt(claims.size()));
      terms.add(
          new TermTag(
              "T" + i,
              where.side(),
              where.start(),
              where.end(),
              "security",
              note,
              i > 0 && random.nextBoolean() ? "T0" : "",
              LinkStatus.values()[random.nextInt(3)],
              title,
              time,
              time));
    }
    Codebook codebook =
        random.nextBoolean()
            ? Codebook.defaults()
            : new Codebook(
                List.of(
                    // The kinds the links and terms above use, and one with arbitrary text.
                    new TagKind("agree", TagTarget.LINK, note, "#2e7d32", note),
                    new TagKind("security", TagTarget.TERM, title, "#00838f", title),
                    new TagKind("x" + title, TagTarget.TERM, note, "#123456", note)));
    return new Comparison(title, note, a, b, claims, links, terms, codebook, time, time);
  }

  private static Document document(String text, String words, Random random) {
    int cut = random.nextInt(text.length() + 1);
    List<Block> blocks =
        List.of(
            new Block(BlockKind.HEADING, 0, cut),
            new Block(BlockKind.PARAGRAPH, cut, text.length()));
    DocumentMetadata metadata =
        new DocumentMetadata(
            words,
            List.of(words, "B. Writer"),
            words,
            words,
            "2023-09-29",
            "https://example.org/" + random.nextInt(),
            List.of(words));
    return new Document(text, blocks, metadata, List.of(new RemovedPassage(words, words)));
  }

  private static List<Claim> spans(String prefix, Side side, int length, Random random) {
    List<Claim> claims = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      int start = random.nextInt(length);
      int end = start + 1 + random.nextInt(length - start);
      claims.add(new Claim(prefix + (i + 1), side, start, end));
    }
    return claims;
  }
}
