package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

/**
 * The Web Annotation export expanded by a JSON-LD processor against the W3C context (a copy in the
 * test resources: no network), and its selectors checked against the essays.
 */
class WebAnnotationTest {
  private static final String OA = "http://www.w3.org/ns/oa#";

  /** Serves the anno context from the test resources and refuses everything else. */
  private static final DocumentLoader OFFLINE =
      (URI url, DocumentLoaderOptions options) -> {
        if (!url.toString().equals(WebAnnotationExporter.CONTEXT)) {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
        }
        try (InputStream in = WebAnnotationTest.class.getResourceAsStream("anno.jsonld")) {
          return JsonDocument.of(in);
        } catch (IOException e) {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
      };

  private static List<JsonObject> annotations(Comparison c, ExportOptions options)
      throws Exception {
    byte[] bytes = Golden.export("wa", c, options).getBytes(StandardCharsets.UTF_8);
    Document doc = JsonDocument.of(new ByteArrayInputStream(bytes));
    JsonArray expanded = JsonLd.expand(doc).loader(OFFLINE).get();
    List<JsonObject> found = new ArrayList<>();
    collect(expanded, found);
    return found;
  }

  private static void collect(JsonValue value, List<JsonObject> found) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, found));
    } else if (value instanceof JsonObject object) {
      JsonValue types = object.get("@type");
      if (types instanceof JsonArray t
          && t.contains(jakarta.json.Json.createValue(OA + "Annotation"))) {
        found.add(object);
      }
      object.values().forEach(v -> collect(v, found));
    }
  }

  private static String value(JsonObject node, String property) {
    JsonObject first = node.getJsonArray(property).getJsonObject(0);
    JsonValue v = first.get("@value");
    return v.getValueType() == JsonValue.ValueType.STRING
        ? first.getString("@value")
        : v.toString();
  }

  private static List<String> iris(JsonObject node, String property) {
    return node.getJsonArray(property).stream()
        .map(v -> ((JsonObject) v).getString("@id"))
        .toList();
  }

  @Test
  void everySelectorSelectsItsQuotedTextInTheEssayItNames() throws Exception {
    Comparison c = ExportFixture.comparison();
    Map<String, String> texts =
        Map.of(
            WebAnnotationExporter.source(c.a()), c.a().text(),
            WebAnnotationExporter.source(c.b()), c.b().text());
    List<JsonObject> annotations = annotations(c, Golden.options());

    assertThat(annotations).hasSize(8 + 4);
    int checked = 0;
    for (JsonObject annotation : annotations) {
      for (JsonValue t : annotation.getJsonArray(OA + "hasTarget")) {
        JsonObject target = (JsonObject) t;
        String text = texts.get(iris(target, OA + "hasSource").get(0));
        assertThat(text).isNotNull();
        String exact = null;
        int start = -1;
        int end = -1;
        for (JsonValue s : target.getJsonArray(OA + "hasSelector")) {
          JsonObject selector = (JsonObject) s;
          String type = selector.getJsonArray("@type").getString(0);
          if (type.equals(OA + "TextQuoteSelector")) {
            exact = value(selector, OA + "exact");
          } else if (type.equals(OA + "TextPositionSelector")) {
            start = Integer.parseInt(value(selector, OA + "start"));
            end = Integer.parseInt(value(selector, OA + "end"));
          }
        }
        assertThat(codePoints(text, start, end)).isEqualTo(exact);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(8 + 5 + 4);
  }

  @Test
  void linksAreLinkingAnnotationsWithTheRelationAsATagAndTheNoteAsAComment() throws Exception {
    List<JsonObject> links =
        annotations(ExportFixture.comparison(), Golden.options()).stream()
            .filter(a -> iris(a, OA + "motivatedBy").equals(List.of(OA + "linking")))
            .toList();

    assertThat(links).hasSize(4);
    JsonObject l1 = links.get(0);
    List<String> bodies = new ArrayList<>();
    for (JsonValue b : l1.getJsonArray(OA + "hasBody")) {
      JsonObject body = (JsonObject) b;
      bodies.add(
          iris(body, OA + "hasPurpose").get(0)
              + " "
              + value(body, "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"));
    }
    assertThat(bodies)
        .containsExactly(
            OA + "tagging contradict",
            OA + "commenting " + ExportFixture.comparison().links().get(0).note());
    assertThat(l1.getJsonArray(OA + "hasTarget")).hasSize(2);
  }

  @Test
  void positionsCountCodePointsSoLettersOutsideTheBasicPlaneDoNotShiftThem() throws Exception {
    String text = "\uD835\uDD38 road \uD83D\uDEA7 closed";
    org.parallax.model.Document doc =
        new org.parallax.model.Document(
            text, List.of(new Block(BlockKind.PARAGRAPH, 0, text.length())), null, null);
    int road = text.indexOf("road");
    int closed = text.indexOf("closed");
    Comparison c =
        new Comparison(
            "t",
            "",
            doc,
            doc,
            List.of(
                new Claim("A1", Side.A, 0, text.length()),
                new Claim("B1", Side.B, 0, text.length())),
            List.of(
                new Link(
                    "L1",
                    List.of("A1"),
                    List.of("B1"),
                    LinkStatus.CONFIRMED,
                    "agree",
                    0,
                    null,
                    "",
                    "",
                    null,
                    null)),
            List.of(
                new TermTag(
                    "T1",
                    Side.A,
                    closed,
                    closed + 6,
                    "security",
                    "",
                    "",
                    LinkStatus.CONFIRMED,
                    "",
                    null,
                    null),
                new TermTag(
                    "T2",
                    Side.B,
                    road,
                    road + 4,
                    "security",
                    "",
                    "",
                    LinkStatus.CONFIRMED,
                    "",
                    null,
                    null)),
            Codebook.defaults(),
            null,
            null);

    List<JsonObject> annotations = annotations(c, Golden.options());
    JsonObject closedTarget = annotations.get(0).getJsonArray(OA + "hasTarget").getJsonObject(0);
    JsonObject position =
        closedTarget.getJsonArray(OA + "hasSelector").stream()
            .map(JsonObject.class::cast)
            .filter(s -> s.getJsonArray("@type").getString(0).endsWith("TextPositionSelector"))
            .findFirst()
            .orElseThrow();

    assertThat(value(position, OA + "start")).isEqualTo(String.valueOf(closed - 2));
    assertThat(codePoints(text, closed - 2, closed + 4)).isEqualTo("closed");
  }

  private static String codePoints(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(0, end);
    return text.substring(from, to);
  }
}
