package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;

/**
 * The essay shipped inside the application ({@code /seeds} on the classpath): its raw text, its
 * cleaned document with the manifest's metadata, and the counterpart essay the user is invited to
 * open beside it.
 */
public final class BundledSeed {

  /**
   * The essay that answers the seed from the other perspective; not shipped, only named.
   *
   * @param title its title
   * @param perspective its perspective label, such as "Armenian perspective"
   * @param publisher where it was published
   */
  public record Counterpart(String title, String perspective, String publisher) {}

  private static final String MANIFEST = "/seeds/manifest.json";

  private BundledSeed() {}

  /** The seed exactly as shipped, with the manifest's metadata as hints; source name = title. */
  public static RawText raw() {
    JsonNode seed = entry();
    String text =
        new String(resource("/seeds/" + seed.path("file").asText()), StandardCharsets.UTF_8);
    DocumentMetadata hints = metadata(seed);
    return new RawText(text, SourceFormat.PLAIN_TEXT, hints.title(), hints);
  }

  /** The seed cleaned, with the manifest's title, authors, perspective, publisher, date and URL. */
  public static Document load() {
    return new Cleaner().clean(raw());
  }

  /** The counterpart essay named in the manifest. */
  public static Counterpart counterpart() {
    JsonNode counterpart = entry().path("counterpart");
    return new Counterpart(
        counterpart.path("title").asText(""),
        counterpart.path("perspective").asText(""),
        counterpart.path("publisher").asText(""));
  }

  private static DocumentMetadata metadata(JsonNode seed) {
    List<String> authors = new ArrayList<>();
    seed.path("authors").forEach(a -> authors.add(a.asText()));
    return new DocumentMetadata(
        seed.path("title").asText(""),
        authors,
        seed.path("perspective").asText(""),
        seed.path("publisher").asText(""),
        seed.path("date").asText(""),
        seed.path("sourceUrl").asText(""),
        List.of());
  }

  private static JsonNode entry() {
    try {
      JsonNode manifest = new ObjectMapper().readTree(resource(MANIFEST));
      return manifest.path("seeds").path(0);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled seed manifest is unreadable", e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = BundledSeed.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the application is missing its bundled file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled file " + path + " is unreadable", e);
    }
  }
}
