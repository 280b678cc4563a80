package org.parallax.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Orphan;

/**
 * What an orphan's saved entry said, for attaching it again by hand: a term's frame and note, a
 * link's relation, note and claim ids. Reading never fails: a field that is missing or damaged
 * reads as empty.
 */
public final class OrphanFields {
  private static final ObjectMapper MAPPER = Json.mapper(Limits.DEFAULT);
  private final JsonNode entry;

  private OrphanFields(JsonNode entry) {
    this.entry = entry;
  }

  public static OrphanFields of(Orphan orphan) {
    try {
      return new OrphanFields(MAPPER.readTree(orphan.data()));
    } catch (IOException e) {
      return new OrphanFields(MAPPER.createObjectNode());
    }
  }

  /** A text field of the entry ({@code frame}, {@code note}, {@code relation}), or "". */
  public String text(String field) {
    JsonNode value = entry.path(field);
    return value.isTextual() ? value.asText() : "";
  }

  /** A time field of the entry ({@code created}), when it holds a readable one. */
  public Optional<Instant> time(String field) {
    try {
      return Optional.of(Instant.parse(text(field)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The claim ids a link entry named on side {@code a} or {@code b}. */
  public List<String> claimIds(String side) {
    List<String> ids = new ArrayList<>();
    for (JsonNode id : entry.path(side)) {
      if (id.isTextual()) {
        ids.add(id.asText());
      }
    }
    return ids;
  }
}
