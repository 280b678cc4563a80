package org.parallax.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.model.TermTag;

/**
 * W3C Web Annotation (JSON-LD, context {@code http://www.w3.org/ns/anno.jsonld}): one annotation
 * collection holding a {@code tagging} annotation per term tag, its frame and note as bodies and
 * its span as a TextQuoteSelector and a TextPositionSelector, and a {@code linking} annotation per
 * link whose targets are its claims on both sides, with the relation as a {@code tagging} body and
 * the note as a {@code commenting} one. Each essay is named by the hash of its cleaned text (an RFC
 * 6920 {@code ni:} IRI), which is the text the offsets count in (Unicode code points). Annotation
 * ids are name-based UUIDs of both texts' hashes and the item's id, so exporting again gives the
 * same ids.
 */
final class WebAnnotationExporter implements Exporter {
  static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  private static final int CONTEXT_CHARS = 32;
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String id() {
    return "wa";
  }

  @Override
  public String displayName() {
    return "W3C Web Annotation (JSON-LD)";
  }

  @Override
  public String extension() {
    return "jsonld";
  }

  @Override
  public boolean isText() {
    return true;
  }

  @Override
  public void write(Comparison c, ExportOptions options, OutputStream out) throws IOException {
    Handout h = Handout.of(c, options);
    Map<Side, String> sources = new EnumMap<>(Side.class);
    Map<Side, CodePoints> points = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      sources.put(side, source(c.document(side)));
      points.put(side, CodePoints.of(c.document(side).text()));
    }
    String base = c.a().sha256() + c.b().sha256();
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.writeStartObject();
      json.writeStringField("@context", CONTEXT);
      json.writeStringField("id", urn(base, "collection"));
      json.writeStringField("type", "AnnotationCollection");
      json.writeStringField("label", HtmlPage.title(c));
      json.writeNumberField("total", h.terms().size() + h.rows().size());
      json.writeObjectFieldStart("first");
      json.writeStringField("id", urn(base, "page"));
      json.writeStringField("type", "AnnotationPage");
      json.writeNumberField("startIndex", 0);
      json.writeArrayFieldStart("items");
      for (TermTag tag : h.terms()) {
        json.writeStartObject();
        head(json, urn(base, tag.id()), "tagging", tag.annotator(), tag.created(), tag.modified());
        json.writeArrayFieldStart("body");
        body(json, h.frame(tag.frame()).id(), "tagging");
        if (!tag.note().isBlank()) {
          body(json, tag.note(), "commenting");
        }
        json.writeEndArray();
        json.writeFieldName("target");
        target(
            json,
            c.document(tag.side()),
            sources.get(tag.side()),
            points.get(tag.side()),
            tag.start(),
            tag.end());
        json.writeEndObject();
      }
      for (AlignedRow row : h.rows()) {
        json.writeStartObject();
        var link = row.link();
        head(
            json,
            urn(base, link.id()),
            "linking",
            link.annotator(),
            link.created(),
            link.modified());
        json.writeArrayFieldStart("body");
        if (!link.relation().isEmpty()) {
          body(json, link.relation(), "tagging");
        }
        if (!link.note().isBlank()) {
          body(json, link.note(), "commenting");
        }
        json.writeEndArray();
        json.writeArrayFieldStart("target");
        for (Side side : Side.values()) {
          for (Claim claim : row.claims(side)) {
            target(
                json,
                c.document(side),
                sources.get(side),
                points.get(side),
                claim.start(),
                claim.end());
          }
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void head(
      JsonGenerator json,
      String id,
      String motivation,
      String annotator,
      Instant created,
      Instant modified)
      throws IOException {
    json.writeStringField("id", id);
    json.writeStringField("type", "Annotation");
    json.writeStringField("motivation", motivation);
    if (!annotator.isBlank()) {
      json.writeObjectFieldStart("creator");
      json.writeStringField("type", "Person");
      json.writeStringField("name", annotator);
      json.writeEndObject();
    }
    json.writeStringField("created", created.toString());
    json.writeStringField("modified", modified.toString());
  }

  private static void body(JsonGenerator json, String value, String purpose) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "TextualBody");
    json.writeStringField("purpose", purpose);
    json.writeStringField("value", value);
    json.writeEndObject();
  }

  private static void target(
      JsonGenerator json, Document doc, String source, CodePoints points, int start, int end)
      throws IOException {
    String text = doc.text();
    json.writeStartObject();
    json.writeStringField("type", "SpecificResource");
    json.writeStringField("source", source);
    json.writeArrayFieldStart("selector");
    json.writeStartObject();
    json.writeStringField("type", "TextQuoteSelector");
    json.writeStringField("exact", text.substring(start, end));
    json.writeStringField("prefix", text.substring(from(text, start - CONTEXT_CHARS), start));
    json.writeStringField("suffix", text.substring(end, to(text, end + CONTEXT_CHARS)));
    json.writeEndObject();
    json.writeStartObject();
    json.writeStringField("type", "TextPositionSelector");
    json.writeNumberField("start", points.at(start));
    json.writeNumberField("end", points.at(end));
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Where a prefix starting near {@code at} starts: in the text, not inside a surrogate pair. */
  private static int from(String text, int at) {
    int i = Math.max(0, at);
    return splitsPair(text, i) ? i + 1 : i;
  }

  /** Where a suffix ending near {@code at} ends: in the text, not inside a surrogate pair. */
  private static int to(String text, int at) {
    int i = Math.min(text.length(), at);
    return splitsPair(text, i) ? i - 1 : i;
  }

  private static boolean splitsPair(String text, int i) {
    return i > 0
        && i < text.length()
        && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** The {@code ni:} IRI (RFC 6920) of a document's cleaned text. */
  static String source(Document doc) {
    byte[] hash = HexFormat.of().parseHex(doc.sha256());
    return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }

  private static String urn(String base, String id) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes((base + "/" + id).getBytes(StandardCharsets.UTF_8));
  }
}
