package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;

class NewerVersionTest {
  private final ComparisonStore store = new ComparisonStore();
  private final ObjectMapper json = new ObjectMapper();

  private ObjectNode fromTheFuture() throws Exception {
    ObjectNode root =
        (ObjectNode)
            json.readTree(ComparisonStoreRoundTripTest.fixture(ComparisonStoreRoundTripTest.V1_3));
    root.put("formatVersion", "1.4");
    root.putObject("review").put("state", "draft");
    ((ObjectNode) root.at("/documents/b/metadata")).put("language", "en");
    ((ObjectNode) root.at("/claims/3")).put("confidence", 0.9);
    ((ObjectNode) root.at("/claims/3/selector/quote")).put("normalised", true);
    ((ObjectNode) root.at("/links/1")).putArray("tags").add("exam");
    ((ObjectNode) root.at("/codebook/0")).put("shortcut", "A");
    return root;
  }

  @Test
  void aNewerMinorVersionOpensWithANotice() throws Exception {
    LoadedComparison loaded = store.read(json.writeValueAsBytes(fromTheFuture()));

    assertThat(loaded.comparison().claims()).hasSize(6);
    assertThat(loaded.formatVersion()).isEqualTo(new FormatVersion(1, 4));
    assertThat(loaded.notices())
        .containsExactly(
            "Saved by a newer Parallax (format 1.4); fields this version does not know are kept"
                + " as they are.");
  }

  @Test
  void unknownFieldsOfANewerMinorVersionSurviveAReSave() throws Exception {
    LoadedComparison loaded = store.read(json.writeValueAsBytes(fromTheFuture()));

    JsonNode resaved = json.readTree(store.write(loaded));

    assertThat(resaved.at("/review/state").asText()).isEqualTo("draft");
    assertThat(resaved.at("/documents/b/metadata/language").asText()).isEqualTo("en");
    assertThat(resaved.at("/claims/3/confidence").asDouble()).isEqualTo(0.9);
    assertThat(resaved.at("/claims/3/selector/quote/normalised").asBoolean()).isTrue();
    assertThat(resaved.at("/links/1/tags/0").asText()).isEqualTo("exam");
    assertThat(resaved.at("/codebook/0/shortcut").asText()).isEqualTo("A");
  }

  @Test
  void unknownFieldsFollowTheirObjectByIdAfterAnEdit() throws Exception {
    LoadedComparison loaded = store.read(json.writeValueAsBytes(fromTheFuture()));
    Comparison c = loaded.comparison();
    Comparison reordered =
        new Comparison(
            c.title(),
            c.annotator(),
            c.a(),
            c.b(),
            c.claims(),
            java.util.List.of(c.links().get(1), c.links().get(0)),
            c.terms(),
            c.codebook(),
            c.created(),
            c.modified());

    JsonNode resaved = json.readTree(store.write(loaded.withComparison(reordered)));

    assertThat(resaved.at("/links/0/id").asText()).isEqualTo("L2");
    assertThat(resaved.at("/links/0/tags/0").asText()).isEqualTo("exam");
    assertThat(resaved.at("/links/1").has("tags")).isFalse();
  }

  @Test
  void unknownFieldsInAFileOfTheCurrentVersionAreKeptToo() throws Exception {
    ObjectNode root = fromTheFuture();
    root.put("formatVersion", FormatVersion.CURRENT.toString());

    JsonNode resaved = json.readTree(store.write(store.read(json.writeValueAsBytes(root))));

    assertThat(resaved.at("/claims/3/confidence").asDouble()).isEqualTo(0.9);
    assertThat(resaved.at("/review/state").asText()).isEqualTo("draft");
  }

  @Test
  void aFileWithoutUnknownFieldsCarriesNoExtras() throws Exception {
    LoadedComparison loaded =
        store.read(ComparisonStoreRoundTripTest.fixture(ComparisonStoreRoundTripTest.V1_3));

    assertThat(loaded.extras().isEmpty()).isTrue();
  }
}
