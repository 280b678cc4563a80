package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates written files against docs/parallax-comparison.schema.json. */
final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  private SchemaCheck() {}

  static synchronized JsonSchema schema() {
    if (schema == null) {
      try {
        JsonNode node = MAPPER.readTree(Path.of("docs/parallax-comparison.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  static Set<ValidationMessage> problems(byte[] json) {
    try {
      return schema().validate(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(Path file) {
    try {
      assertThat(problems(Files.readAllBytes(file))).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
