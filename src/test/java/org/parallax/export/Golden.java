package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.model.Comparison;

/**
 * Exports and golden files. An expected file is read and judged by a person before it is committed;
 * when an export differs from it, the actual output is written under {@code target/golden-actual/}
 * to be read and compared, never copied over blindly.
 */
final class Golden {
  private Golden() {}

  /** The export of {@code c} by the format called {@code id}, as UTF-8 text. */
  static String export(String id, Comparison c, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.byId(id).orElseThrow().write(c, options, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The options the golden files were made with: A's order, confirmed work only. */
  static ExportOptions options() {
    return ExportOptions.defaults(ExportFixture.EXPORTED);
  }

  /** Asserts {@code actual} equals the golden file {@code name} beside this class. */
  static void assertMatches(String name, String actual) throws IOException {
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
      expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      Path file = Path.of("target/golden-actual", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected)
        .as("golden file %s (actual output in target/golden-actual)", name)
        .isNotNull();
    assertThat(actual).as("export against golden file %s", name).isEqualTo(expected);
  }
}
