package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Prompt;
import org.parallax.model.Side;

class ComparisonStoreRoundTripTest {

  static final String V1_3 = "fixtures/v1.3-corridor.parallax.json";
  static final String V1_2 = "fixtures/v1.2-corridor.parallax.json";
  static final String V1_1 = "fixtures/v1.1-corridor.parallax.json";
  static final String V1_0 = "fixtures/v1.0-corridor.parallax.json";

  private final ComparisonStore store = new ComparisonStore();

  @TempDir Path dir;

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = ComparisonStoreRoundTripTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aSavedComparisonLoadsBackEqual() throws Exception {
    Path file = dir.resolve("small.parallax.json");
    store.save(Samples.small(), file);

    LoadedComparison loaded = store.load(file);

    assertThat(loaded.comparison()).isEqualTo(Samples.small());
    assertThat(loaded.orphans()).isEmpty();
    assertThat(loaded.notices()).isEmpty();
  }

  @Test
  void aSavedFileMatchesThePublishedSchema() throws Exception {
    Path file = dir.resolve("small.parallax.json");
    store.save(Samples.small(), file);

    SchemaCheck.assertValid(file);
  }

  @Test
  void everySpanCarriesAPositionAndAQuoteWithContext() throws Exception {
    var root = new ObjectMapper().readTree(store.write(LoadedComparison.of(Samples.small())));

    var claim = root.at("/claims/1/selector");
    assertThat(claim.at("/position/start").asInt()).isEqualTo(29);
    assertThat(claim.at("/quote/exact").asText())
        .isEqualTo("Officials called it a humanitarian corridor.");
    assertThat(claim.at("/quote/prefix").asText())
        .isEqualTo("The road reopened on Monday. "); // only 29 characters precede it
    assertThat(claim.at("/quote/suffix").asText()).isEqualTo("\n\nCritics said the checkpoint bl");
  }

  @Test
  void theFrozenVersionOnePointOneFixtureLoadsAsWritten() throws Exception {
    Comparison c = store.read(fixture(V1_1)).comparison();

    assertThat(c.title()).isEqualTo("Corridor or blockade");
    assertThat(c.claim("A2").orElseThrow().textIn(c.a()))
        .isEqualTo("Officials called it a humanitarian corridor.");
    assertThat(c.claim("B3").orElseThrow().textIn(c.b()))
        .isEqualTo("Residents left by the Lachin road.");
    assertThat(c.links().get(1).aClaims()).containsExactly("A1", "A2");
    assertThat(c.links().get(0).status()).isEqualTo(LinkStatus.CONFIRMED);
    assertThat(c.links().get(0).modified()).isEqualTo(Instant.parse("2026-11-20T10:05:00Z"));
    assertThat(c.terms()).hasSize(3);
    assertThat(c.terms().get(2).side()).isEqualTo(Side.B);
    assertThat(c.b().slice(c.terms().get(2).start(), c.terms().get(2).end()))
        .isEqualTo("Stepanakert");
    assertThat(c.a().metadata().authors()).containsExactly("Ann Author");
    assertThat(c.codebook().kinds()).hasSize(4);
  }

  @Test
  void theFrozenVersionOnePointTwoFixtureLoadsItsPromptsAsWritten() throws Exception {
    Comparison c = store.read(fixture(V1_2)).comparison();

    assertThat(c.prompts()).extracting(Prompt::id).containsExactly("P1", "P2", "P3");
    assertThat(c.prompts().get(0).about()).containsExactly("L1");
    assertThat(c.prompts().get(0).template()).isEqualTo("relation.reframe");
    assertThat(c.prompts().get(1).edited()).isTrue();
    assertThat(c.prompts().get(1).about()).containsExactly("T1", "T2");
    assertThat(c.prompts().get(2).handWritten()).isTrue();
    assertThat(c.prompts().get(2).text()).contains("& what did it mean");
  }

  @Test
  void theVersionOnePointOneFixtureMigratesToTheSameComparisonWithoutPrompts() throws Exception {
    LoadedComparison migrated = store.read(fixture(V1_1));

    assertThat(migrated.comparison())
        .isEqualTo(store.read(fixture(V1_2)).comparison().withPrompts(List.of()));
    assertThat(migrated.formatVersion()).isEqualTo(FormatVersion.V1_1);
    assertThat(migrated.notices()).containsExactly("Updated from format 1.1 to 1.3.");
  }

  @Test
  void theFrozenVersionOnePointThreeFixtureLoadsTheSuggestedRelationApartFromTheReaders()
      throws Exception {
    Comparison c = store.read(fixture(V1_3)).comparison();

    assertThat(c.links().get(1).suggestedRelation()).isEqualTo("contradict");
    assertThat(c.links().get(1).relationReasons())
        .containsExactly("only B denies: \u201cnot\u201d");
    assertThat(c.links().get(1).relation()).isEmpty();
    assertThat(c.links().get(0).suggestedRelation()).isEmpty();
    assertThat(c.links().get(0).relation()).isEqualTo("reframe");
  }

  @Test
  void theVersionOnePointTwoFixtureMigratesWithEmptySuggestedRelations() throws Exception {
    LoadedComparison migrated = store.read(fixture(V1_2));

    Comparison current = store.read(fixture(V1_3)).comparison();
    assertThat(migrated.comparison())
        .isEqualTo(
            withLinks(
                current,
                current.links().stream()
                    .map(l -> l.withSuggestedRelation("", List.of()))
                    .toList()));
    assertThat(migrated.comparison().links())
        .allMatch(l -> l.suggestedRelation().isEmpty() && l.relationReasons().isEmpty());
    assertThat(migrated.formatVersion()).isEqualTo(FormatVersion.V1_2);
    assertThat(migrated.notices()).containsExactly("Updated from format 1.2 to 1.3.");
  }

  @Test
  void aSuggestedRelationSurvivesSavingAndLoadingAndTheFileIsValid() throws Exception {
    Comparison c = Samples.small();
    Comparison suggested =
        withLinks(
            c,
            c.links().stream()
                .map(l -> l.withSuggestedRelation("partial", List.of("A qualifies it: \"only\"")))
                .toList());
    Path file = dir.resolve("suggested.parallax.json");
    store.save(suggested, file);

    assertThat(store.load(file).comparison()).isEqualTo(suggested);
    SchemaCheck.assertValid(file);
  }

  private static Comparison withLinks(Comparison c, List<Link> links) {
    return new Comparison(
        c.title(),
        c.annotator(),
        c.a(),
        c.b(),
        c.claims(),
        links,
        c.terms(),
        c.codebook(),
        c.prompts(),
        c.created(),
        c.modified());
  }

  @Test
  void promptsSurviveSavingAndLoading() throws Exception {
    Comparison withPrompts =
        Samples.small()
            .withPrompts(
                List.of(
                    new Prompt("P1", "Why \"corridor\"?", List.of("L1"), "relation.reframe", true),
                    new Prompt("P4", "Whose road is it?", List.of(), "", false)));
    Path file = dir.resolve("prompts.parallax.json");
    store.save(withPrompts, file);

    assertThat(store.load(file).comparison()).isEqualTo(withPrompts);
    SchemaCheck.assertValid(file);
  }

  @Test
  void reSavingTheCurrentFixtureWritesTheSameJson() throws Exception {
    byte[] original = fixture(V1_3);
    byte[] resaved = store.write(store.read(original));

    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(resaved)).isEqualTo(json.readTree(original));
  }

  @Test
  void theFrozenVersionOnePointZeroFixtureMigratesToTheSameComparison() throws Exception {
    LoadedComparison migrated = store.read(fixture(V1_0));

    assertThat(migrated.comparison()).isEqualTo(store.read(fixture(V1_1)).comparison());
    assertThat(migrated.formatVersion()).isEqualTo(FormatVersion.V1_0);
    assertThat(migrated.notices()).containsExactly("Updated from format 1.0 to 1.3.");
  }

  @Test
  void aMigratedFileIsSavedInTheCurrentVersionWithQuotes() throws Exception {
    byte[] resaved = store.write(store.read(fixture(V1_0)));

    var root = new ObjectMapper().readTree(resaved);
    assertThat(root.get("formatVersion").asText()).isEqualTo("1.3");
    assertThat(root.get("prompts").isArray()).isTrue();
    assertThat(root.at("/claims/0/selector/quote/exact").asText())
        .isEqualTo("The road reopened on Monday.");
    assertThat(SchemaCheck.problems(resaved)).isEmpty();
  }

  @Test
  void savingKeepsThePreviousVersionAsABackup() throws Exception {
    Path file = dir.resolve("c.parallax.json");
    Comparison first = Samples.small();
    Comparison second =
        new Comparison(
            "Second title",
            first.annotator(),
            first.a(),
            first.b(),
            first.claims(),
            first.links(),
            first.terms(),
            first.codebook(),
            first.created(),
            first.modified());
    store.save(first, file);
    store.save(second, file);

    assertThat(store.load(file).comparison().title()).isEqualTo("Second title");
    assertThat(store.load(file.resolveSibling("c.parallax.json.bak")).comparison().title())
        .isEqualTo("Corridor or blockade");
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("c.parallax.json", "c.parallax.json.bak");
    }
  }

  private Path saved(org.parallax.model.Comparison comparison) throws Exception {
    Path file = dir.resolve("shortened.parallax.json");
    store.save(comparison, file);
    return file;
  }

  @Test
  void aTextShortenedOutsideParallaxLoadsWithItsParagraphsFoundAgain() throws Exception {
    ObjectMapper json = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(saved(Samples.small()).toFile());
    com.fasterxml.jackson.databind.node.ObjectNode a =
        (com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/documents/a");
    String shortened = a.get("text").asText().replace("The road reopened on Monday. ", "");
    a.put("text", shortened);

    LoadedComparison loaded = store.read(json.writeValueAsBytes(tree));

    assertThat(loaded.notices())
        .contains(
            "The text of essay A was changed outside Parallax: its paragraphs were found again"
                + " from its blank lines.");
    assertThat(loaded.comparison().a().blocks())
        .allSatisfy(block -> assertThat(block.end()).isLessThanOrEqualTo(shortened.length()))
        .extracting(block -> shortened.substring(block.start(), block.end()))
        .containsExactly(
            shortened.substring(0, shortened.indexOf("\n\n")),
            shortened.substring(shortened.indexOf("\n\n") + 2));
    assertThat(loaded.comparison().claim("A2").orElseThrow().textIn(loaded.comparison().a()))
        .isEqualTo("Officials called it a humanitarian corridor.");
  }

  @Test
  void aFailedFirstSaveSaysNothingWasWritten() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path target = blocker.resolve("pair.parallax.json");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(Samples.small(), target))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Could not save to " + target + ": ")
        .hasMessageEndingWith(". Nothing was written.");
  }
}
