package org.parallax.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

/**
 * The Argument Interchange Format as JSON, the shape OVA and AIFdb read and write ({@code nodes},
 * {@code edges}, {@code locutions}): every claim an I-node (its text), and every shown link with a
 * relation AIF can say an S-node joining its A claims to its B claims: agree a Default Inference
 * (RA), contradict a Default Conflict (CA), reframe a Default Rephrase (MA), partial an RA whose
 * text carries the note. Links without a relation, or with one the reader added, have no AIF
 * counterpart and are left out. Node ids are the claims' and links' own ids.
 */
final class AifExporter implements Exporter {
  private static final JsonFactory JSON = new JsonFactory();

  /** S-node type and text for each relation AIF can express. */
  static final Map<String, String[]> SCHEMES =
      Map.of(
          "agree", new String[] {"RA", "Default Inference"},
          "contradict", new String[] {"CA", "Default Conflict"},
          "reframe", new String[] {"MA", "Default Rephrase"},
          "partial", new String[] {"RA", "Partial Inference"});

  @Override
  public String id() {
    return "aif";
  }

  @Override
  public String displayName() {
    return "Argument Interchange Format (AIF JSON)";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public boolean isText() {
    return true;
  }

  @Override
  public void write(Comparison c, ExportOptions options, OutputStream out) throws IOException {
    Handout h = Handout.of(c, options);
    List<String[]> edges = new ArrayList<>();
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.writeStartObject();
      json.writeArrayFieldStart("nodes");
      for (Side side : Side.values()) {
        for (Claim claim : c.claims(side)) {
          node(json, claim.id(), h.text(claim), "I");
        }
      }
      for (AlignedRow row : h.rows()) {
        String[] scheme = SCHEMES.get(row.link().relation());
        if (scheme == null) {
          continue;
        }
        String text = scheme[1];
        if (row.link().relation().equals("partial") && !row.link().note().isBlank()) {
          text += ": " + row.link().note();
        }
        node(json, row.link().id(), text, scheme[0]);
        row.a().forEach(claim -> edges.add(new String[] {claim.id(), row.link().id()}));
        row.b().forEach(claim -> edges.add(new String[] {row.link().id(), claim.id()}));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("edges");
      for (int i = 0; i < edges.size(); i++) {
        json.writeStartObject();
        json.writeStringField("edgeID", "E" + (i + 1));
        json.writeStringField("fromID", edges.get(i)[0]);
        json.writeStringField("toID", edges.get(i)[1]);
        json.writeNullField("formEdgeID");
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("locutions");
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void node(JsonGenerator json, String id, String text, String type)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("nodeID", id);
    json.writeStringField("text", text);
    json.writeStringField("type", type);
    json.writeEndObject();
  }
}
