package org.parallax.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;

/**
 * Counts the entries of a comparison file's top-level lists (claims, links, terms, orphans) in one
 * streaming pass, before anything is built from them, so that a file listing millions of entries is
 * refused in a sentence instead of filling the memory. A file that is not valid JSON is left to the
 * loader, which says where it breaks.
 */
final class EntryCounts {
  private static final Set<String> LISTS = Set.of("claims", "links", "terms", "prompts", "orphans");

  private EntryCounts() {}

  /** Refuses {@code bytes} when one of its lists holds more than {@code max} entries. */
  static void check(JsonFactory factory, byte[] bytes, int max) throws StoreException {
    try (JsonParser parser = factory.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_ARRAY && LISTS.contains(name)) {
          count(parser, name, max);
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      // Not valid JSON (or not readable as such): the loader reports it with its place.
    }
  }

  private static void count(JsonParser parser, String name, int max)
      throws IOException, StoreException {
    int entries = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      parser.skipChildren();
      if (++entries > max) {
        throw new StoreException(
            String.format(
                "The file lists more than %,d %s; Parallax opens comparisons of up to %,d in each"
                    + " list (two essays of 200,000 words hold far fewer).",
                max, name, max));
      }
    }
  }
}
